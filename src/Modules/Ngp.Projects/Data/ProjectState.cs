namespace Ngp.Projects.Data;

/// <summary>What the publication tracker last saw of a project: its current phase and its indicators' measures.</summary>
public sealed class ProjectState
{
    public required string ContentItemId { get; set; }

    public string? Phase { get; set; }

    /// <summary>Hash of the indicators' measures last seen, to raise IndicatorUpdated only when one is added or changed.</summary>
    public string? IndicatorsSignature { get; set; }
}
