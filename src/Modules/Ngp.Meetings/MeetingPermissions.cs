using Ngp.Core.Modules;

namespace Ngp.Meetings;

public static class MeetingPermissions
{
    public static readonly Permission OrganiseMeetings = new("OrganiseMeetings", "Organiser les réunions : inscrits, présences, clôture et synthèse", "Réunions");
}
