namespace Ngp.Projects.Parts;

public sealed record Indicator(string Name, string Unit, double? Target, IReadOnlyList<Measure> Values, bool LowerIsBetter = false)
{
    public const string Higher = "higher";

    public const string Lower = "lower";

    public double? Latest => Values.Count > 0 ? Values[^1].Value : null;

    /// <summary>
    /// How far a measure has come towards the target, in percent: the share of the target when higher is better; when
    /// lower is better, the share of the way from the first measure down to the target. Null when it cannot be said.
    /// </summary>
    public double? Progress(double value)
    {
        if (Target is not { } target)
            return null;
        if (!LowerIsBetter)
            return target > 0 ? Math.Max(0, 100 * value / target) : null;
        var start = Values.Count > 0 ? Values[0].Value : value;
        if (value <= target)
            return 100;
        return start > target ? Math.Max(0, 100 * (start - value) / (start - target)) : 0;
    }
}
