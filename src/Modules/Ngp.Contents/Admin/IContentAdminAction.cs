using Ngp.Contents.Items;

namespace Ngp.Contents.Admin;

/// <summary>
/// A link another module adds to an item's admin page (« Imprimer l'affiche »), so the content engine never names the
/// modules above it. Register it as scoped.
/// </summary>
public interface IContentAdminAction
{
    /// <summary>The link for this item, or null when it does not apply (its type, or nothing published yet).</summary>
    ContentAdminLink? For(ContentItemVersion latest, ContentItemVersion? published);
}
