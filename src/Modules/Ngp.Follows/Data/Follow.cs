using Ngp.Core.Accounts;

namespace Ngp.Follows.Data;

public sealed class Follow
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    [UserId]
    public required string UserId { get; set; }

    /// <summary>True when the follow came from commenting or voting rather than the "Suivre" button.</summary>
    public bool Automatic { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
