using Ngp.Contents.Admin;
using Ngp.Contents.Items;

namespace Ngp.Print.Posters;

/// <summary>« Imprimer l'affiche » on the admin page of a published item whose type has a poster.</summary>
public sealed class PosterAdminAction(MakePoster poster) : IContentAdminAction
{
    public ContentAdminLink? For(ContentItemVersion latest, ContentItemVersion? published) =>
        published is not null && poster.Handles(published.ContentType)
            ? new ContentAdminLink("Imprimer l'affiche", $"admin/contenus/{published.ContentItemId}/affiche")
            : null;
}
