using Ngp.Core.Accounts;

namespace Ngp.Maintenance.Data;

/// <summary>One step of a request's timeline; rows are only ever added.</summary>
public sealed class RequestEvent
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    public RequestEventKind Kind { get; set; }

    [UserId]
    public required string ActorId { get; set; }

    /// <summary>The reason of a rejection, the note of a closing: the resident reads it.</summary>
    public string? Note { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
