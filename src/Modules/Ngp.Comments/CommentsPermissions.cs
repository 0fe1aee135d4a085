using Ngp.Core.Modules;

namespace Ngp.Comments;

public static class CommentsPermissions
{
    // The name stays that of the participation module, where roles granted it before comments became a module.
    public static readonly Permission ModerateComments = new("ModerateComments", "Modérer les commentaires (masquer, rétablir, bloquer un auteur)", "Participation");
}
