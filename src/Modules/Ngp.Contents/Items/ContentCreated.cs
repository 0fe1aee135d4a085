using Ngp.Core.Outbox;

namespace Ngp.Contents.Items;

/// <summary>Events of the content engine, written to the outbox in the same transaction as the change.</summary>
public sealed record ContentCreated(string ContentItemId, string ContentType, int Version, string AuthorId) : IDomainEvent;
