namespace Ngp.Media;

/// <summary>A stored image: its re-encoded original and its smaller variants.</summary>
/// <param name="Id">Stable id to keep in content: <c>yyyy/MM/&lt;32 hex&gt;</c>.</param>
/// <param name="Url">Address of the re-encoded original from the site's root, the tenant's prefix included.</param>
/// <param name="Variants">Smaller copies, narrowest first; empty for an image narrower than the smallest width.</param>
public sealed record StoredImage(string Id, string ContentType, int Width, int Height, string Url, IReadOnlyList<ImageVariant> Variants);
