namespace Ngp.Workflows.Model;

public sealed record ActivityDefinition
{
    public string Id { get; init; } = "";

    /// <summary>Kind of activity (<c>SendEmail</c>, <c>IfElse</c>…).</summary>
    public string Type { get; init; } = "";

    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    public string Property(string name) => Properties.TryGetValue(name, out var value) ? value : "";
}
