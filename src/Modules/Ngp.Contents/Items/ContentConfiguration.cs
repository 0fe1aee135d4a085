using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Contents.Definitions;

namespace Ngp.Contents.Items;

public sealed class ContentConfiguration :
    IEntityTypeConfiguration<ContentItemVersion>, IEntityTypeConfiguration<ContentTag>, IEntityTypeConfiguration<ContentSlug>, IEntityTypeConfiguration<ContentTypeRecord>
{
    public void Configure(EntityTypeBuilder<ContentItemVersion> e)
    {
        e.ToTable("ContentItemVersions");
        e.Property(v => v.ContentItemId).HasMaxLength(32);
        e.Property(v => v.ContentType).HasMaxLength(50);
        e.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(v => v.DisplayText).HasMaxLength(200);
        e.Property(v => v.Slug).HasMaxLength(120);
        e.Property(v => v.OwnerId).HasMaxLength(450);
        e.Property(v => v.AuthorId).HasMaxLength(450);
        e.HasIndex(v => new { v.ContentItemId, v.Number }).IsUnique();
        // A bare boolean column is a valid filter in both SQLite and PostgreSQL.
        e.HasIndex(v => v.ContentItemId, "IX_ContentItemVersions_OneLatest").IsUnique().HasFilter("\"Latest\"");
        e.HasIndex(v => v.ContentItemId, "IX_ContentItemVersions_OnePublished").IsUnique().HasFilter("\"Published\"");
        e.HasIndex(v => new { v.ContentType, v.Published, v.PublishedUtc });
        e.HasIndex(v => new { v.ContentType, v.Latest, v.Status, v.ModifiedUtc });
        e.HasIndex(v => new { v.Status, v.ScheduledUtc });
        e.HasIndex(v => new { v.ContentType, v.Slug });
        e.HasIndex(v => v.OwnerId);
        e.HasIndex(v => v.Ambition);
        e.HasMany(v => v.Tags).WithOne().HasForeignKey(t => t.VersionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ContentTag> e)
    {
        e.ToTable("ContentTags");
        e.Property(t => t.Tag).HasMaxLength(40);
        e.HasIndex(t => new { t.Tag, t.VersionId });
        e.HasIndex(t => t.VersionId);
    }

    public void Configure(EntityTypeBuilder<ContentSlug> e)
    {
        e.ToTable("ContentSlugs");
        e.Property(s => s.ContentType).HasMaxLength(50);
        e.Property(s => s.Slug).HasMaxLength(120);
        e.Property(s => s.ContentItemId).HasMaxLength(32);
        e.HasIndex(s => new { s.ContentType, s.Slug }).IsUnique();
        e.HasIndex(s => s.ContentItemId);
    }

    public void Configure(EntityTypeBuilder<ContentTypeRecord> e)
    {
        e.ToTable("ContentTypes");
        e.HasKey(t => t.Name);
        e.Property(t => t.Name).HasMaxLength(50);
    }
}
