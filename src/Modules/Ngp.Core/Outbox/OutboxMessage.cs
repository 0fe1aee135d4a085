namespace Ngp.Core.Outbox;

/// <summary>A domain event kept in the tenant database until its consumers (workflows, indexing, e-mail) have processed it.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string Type { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? ProcessedUtc { get; set; }
}
