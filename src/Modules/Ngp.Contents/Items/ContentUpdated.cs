using Ngp.Core.Outbox;

namespace Ngp.Contents.Items;

public sealed record ContentUpdated(string ContentItemId, string ContentType, int Version, string AuthorId) : IDomainEvent;
