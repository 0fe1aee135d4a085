using Ngp.Core.Accounts;

namespace Ngp.Maintenance.Data;

/// <summary>A resident's request or complaint about their dwelling or a common area of their building.</summary>
public sealed class MaintenanceRequest
{
    public long Id { get; set; }

    /// <summary>« GC-2026-00412 »: prefix, year of filing, number in the year without gaps.</summary>
    public required string Reference { get; set; }

    public int Year { get; set; }

    public int Number { get; set; }

    [UserId]
    public required string ResidentId { get; set; }

    /// <summary>The filer's lease (their dwelling), for the agency only; emptied when the account is erased.</summary>
    public string? LeaseReference { get; set; }

    public required string Building { get; set; }

    public RequestLocation Location { get; set; }

    /// <summary>The common area (hall, staircase…) when <see cref="Location"/> is common.</summary>
    public string? Area { get; set; }

    public required string Category { get; set; }

    public required string Description { get; set; }

    public RequestUrgency Urgency { get; set; }

    public RequestStatus Status { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    /// <summary>From the category's delay for its urgency (the agency's settings).</summary>
    public DateTimeOffset DueUtc { get; set; }

    public DateTimeOffset? ClosedUtc { get; set; }

    /// <summary>How many other residents said « Moi aussi »; kept when their accounts are erased.</summary>
    public int MeTooCount { get; set; }
}
