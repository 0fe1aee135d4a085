namespace Ngp.Search.Querying;

/// <summary>A facet value with the French label people read.</summary>
public sealed record FacetOption(string Value, string Label, int Count);
