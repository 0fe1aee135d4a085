using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Contents.Definitions;
using Ngp.Core.Accounts;
using Ngp.Core.Outbox;

namespace Ngp.Contents.Items;

public enum ContentStatus
{
    Draft,
    Scheduled,
    AwaitingApproval,
    Published,
    Unpublished,
    Archived,
}

/// <summary>
/// One version of a content item: the parts and fields as a JSON document, plus the columns listings query
/// (type, status, dates, slug, owner, ambition), so a list never parses JSON. The filtered unique indexes keep
/// exactly one Latest and at most one Published version per item, even under concurrent saves.
/// </summary>
public sealed class ContentItemVersion
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public int Number { get; set; }

    public required string ContentType { get; set; }

    public ContentStatus Status { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public required string DisplayText { get; set; }

    public string? Slug { get; set; }

    public int? Ambition { get; set; }

    [UserId]
    public required string OwnerId { get; set; }

    [UserId]
    public required string AuthorId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset ModifiedUtc { get; set; }

    public DateTimeOffset? PublishedUtc { get; set; }

    public DateTimeOffset? ScheduledUtc { get; set; }

    /// <summary><c>{"parts":{…},"fields":{…}}</c></summary>
    public required string Data { get; set; }

    public List<ContentTag> Tags { get; set; } = [];
}

public sealed class ContentTag
{
    public long Id { get; set; }

    public long VersionId { get; set; }

    public required string Tag { get; set; }
}

/// <summary>Every slug an item was published under; the current one answers, the others redirect to it (301).</summary>
public sealed class ContentSlug
{
    public long Id { get; set; }

    public required string ContentType { get; set; }

    public required string Slug { get; set; }

    public required string ContentItemId { get; set; }

    public bool IsCurrent { get; set; }
}

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

/// <summary>Events of the content engine, written to the outbox in the same transaction as the change.</summary>
public sealed record ContentCreated(string ContentItemId, string ContentType, int Version, string AuthorId) : IDomainEvent;

public sealed record ContentUpdated(string ContentItemId, string ContentType, int Version, string AuthorId) : IDomainEvent;

public sealed record ContentPublished(string ContentItemId, string ContentType, int Version, string? Slug, DateTimeOffset PublishedUtc) : IDomainEvent;

public sealed record ContentUnpublished(string ContentItemId, string ContentType) : IDomainEvent;

public sealed record ContentDeleted(string ContentItemId, string ContentType) : IDomainEvent;
