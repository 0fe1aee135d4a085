using Ngp.Core.Modules;

namespace Ngp.Contents;

public static class ContentPermissions
{
    public static readonly Permission EditContent = new("EditContent", "Écrire et modifier les contenus (brouillons)", "Contenus");
    public static readonly Permission PublishContent = new("PublishContent", "Publier, dépublier et supprimer les contenus", "Contenus");
    public static readonly Permission ApproveContent = new("ApproveContent", "Valider les contenus soumis avant publication", "Contenus");
    public static readonly Permission ManageContentTypes = new("ManageContentTypes", "Modifier les types de contenus et leurs champs", "Contenus");
}
