using Ngp.Core.Accounts;

namespace Ngp.Maintenance.Data;

/// <summary>A message between the filer and the agency on a request.</summary>
public sealed class RequestMessage
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    [UserId]
    public required string AuthorId { get; set; }

    /// <summary>Written by the agency's staff (shown as « L'agence »), else by the resident.</summary>
    public bool FromStaff { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}
