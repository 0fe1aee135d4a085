using Ngp.Core.Accounts;

namespace Ngp.Maintenance.Data;

/// <summary>Another resident of the building meets the same common-area problem: counted once per person.</summary>
public sealed class RequestMeToo
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    [UserId]
    public required string UserId { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
