namespace Ngp.Workflows.Activities;

/// <summary>A property an activity reads, as the editor shows it.</summary>
public sealed record ActivityProperty(string Name, string Label, PropertyKind Kind, bool Required = false, string? Hint = null);
