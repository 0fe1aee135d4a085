namespace Ngp.Media.Storage;

/// <summary>One file of a stored image in the tenant's database (<c>Ngp:Media:Store</c> = <c>Database</c>).</summary>
public sealed class MediaFileRecord
{
    /// <summary>Its path under <c>media/</c>: <c>yyyy/MM/&lt;id&gt;/960.jpg</c>.</summary>
    public required string Path { get; set; }

    /// <summary>The image it belongs to: <c>yyyy/MM/&lt;id&gt;</c>.</summary>
    public required string MediaId { get; set; }

    public required string ContentType { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public long Length { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset StoredUtc { get; set; }
}
