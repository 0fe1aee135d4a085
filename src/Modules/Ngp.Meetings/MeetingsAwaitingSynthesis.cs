using Ngp.Core.Modules;

namespace Ngp.Meetings;

/// <summary>Meetings that have ended and are not closed with their synthesis, on the admin home page of organisers.</summary>
public sealed class MeetingsAwaitingSynthesis(MeetingReader reader, TimeProvider clock) : IPendingWork
{
    public int Order => 30;

    public Permission Permission => MeetingPermissions.OrganiseMeetings;

    public async Task<PendingWork?> CountAsync(CancellationToken ct)
    {
        // The same year back as the organisers' list (/admin/reunions), where they are closed.
        var now = clock.GetUtcNow();
        var count = (await reader.BetweenAsync(now.AddDays(-365), now, ct)).Count(m => m.EndUtc <= now && !m.Closed);
        return count == 0 ? null : new PendingWork(count, count == 1 ? "réunion passée sans synthèse" : "réunions passées sans synthèse", "admin/reunions");
    }
}
