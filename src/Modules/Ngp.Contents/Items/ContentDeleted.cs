using Ngp.Core.Outbox;

namespace Ngp.Contents.Items;

public sealed record ContentDeleted(string ContentItemId, string ContentType) : IDomainEvent;
