namespace Ngp.Participation.Data;

/// <summary>What the background watcher and the publication tracker already announced for an item (opening, closing, phase).</summary>
public sealed class ParticipationState
{
    public required string ContentItemId { get; set; }

    public bool OpenedAnnounced { get; set; }

    public bool ClosedAnnounced { get; set; }

    public string? Phase { get; set; }

    /// <summary>Number of indicator measures last seen, to raise IndicatorUpdated only when one is added or changed.</summary>
    public string? IndicatorsSignature { get; set; }
}
