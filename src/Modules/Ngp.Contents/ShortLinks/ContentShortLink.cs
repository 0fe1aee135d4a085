using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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

public sealed class ContentShortLinkConfiguration : IEntityTypeConfiguration<ContentShortLink>
{
    public void Configure(EntityTypeBuilder<ContentShortLink> e)
    {
        e.ToTable("ContentShortLinks");
        e.Property(l => l.Code).HasMaxLength(ShortCodes.MaxLength);
        e.Property(l => l.ContentItemId).HasMaxLength(32);
        // Unique both ways: a code names one item forever, an item has one code (a race to give one settles here).
        e.HasIndex(l => l.Code).IsUnique();
        e.HasIndex(l => l.ContentItemId).IsUnique();
    }
}
