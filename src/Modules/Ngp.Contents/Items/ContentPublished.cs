using Ngp.Core.Outbox;

namespace Ngp.Contents.Items;

public sealed record ContentPublished(string ContentItemId, string ContentType, int Version, string? Slug, DateTimeOffset PublishedUtc) : IDomainEvent;
