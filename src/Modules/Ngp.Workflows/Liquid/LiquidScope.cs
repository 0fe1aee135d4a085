namespace Ngp.Workflows.Liquid;

/// <summary>The named values a template sees.</summary>
public sealed class LiquidScope
{
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);
}
