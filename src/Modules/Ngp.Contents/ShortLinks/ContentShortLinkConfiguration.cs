using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Contents.ShortLinks;

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
