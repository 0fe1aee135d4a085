namespace Ngp.Contents.ShortLinks;

/// <summary>
/// The short address of an item (<c>/a/3KX9</c>), given on its first publication and never changed nor reused, so a
/// printed poster or a hand-written text message keeps working whatever becomes of the title or the slug.
/// </summary>
public sealed class ContentShortLink
{
    public long Id { get; set; }

    public required string Code { get; set; }

    public required string ContentItemId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
