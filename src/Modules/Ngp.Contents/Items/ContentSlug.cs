using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Contents.Definitions;
using Ngp.Core.Accounts;
using Ngp.Core.Outbox;

namespace Ngp.Contents.Items;

/// <summary>Every slug an item was published under; the current one answers, the others redirect to it (301).</summary>
public sealed class ContentSlug
{
    public long Id { get; set; }

    public required string ContentType { get; set; }

    public required string Slug { get; set; }

    public required string ContentItemId { get; set; }

    public bool IsCurrent { get; set; }
}
