using Ngp.Core.Outbox;

namespace Ngp.Contents.Items;

public sealed record ContentUnpublished(string ContentItemId, string ContentType) : IDomainEvent;
