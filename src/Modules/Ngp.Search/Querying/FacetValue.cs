namespace Ngp.Search.Querying;

public sealed record FacetValue(string Value, int Count);
