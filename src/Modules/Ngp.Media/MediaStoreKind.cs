namespace Ngp.Media;

/// <summary>The values of <c>Ngp:Media:Store</c>.</summary>
public enum MediaStoreKind
{
    Files,
    Database,
}
