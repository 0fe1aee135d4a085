namespace Ngp.Participation.Data;

/// <summary>
/// What the background watcher already announced of a consultation (opening, closing). <see cref="Phase"/> and
/// <see cref="IndicatorsSignature"/> are no longer written: Ngp.Projects keeps them in its own <c>ProjectStates</c>;
/// they stay until this table moves into the module's schema, so that the host's migrations do not change.
/// </summary>
public sealed class ParticipationState
{
    public required string ContentItemId { get; set; }

    public bool OpenedAnnounced { get; set; }

    public bool ClosedAnnounced { get; set; }

    public string? Phase { get; set; }

    /// <summary>Number of indicator measures last seen, to raise IndicatorUpdated only when one is added or changed.</summary>
    public string? IndicatorsSignature { get; set; }
}
