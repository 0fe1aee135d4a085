namespace Ngp.Benchmarks;

/// <summary>A named measure, selectable on the command line; it runs its own baseline in the same run.</summary>
public interface IScenario
{
    string Name { get; }

    string Description { get; }

    Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken ct);
}

/// <summary>One line of a scenario's table: the figure, the baseline measured beside it, and their ratio.</summary>
public sealed record ReportRow(string Measure, string Value, string Baseline = "", string Ratio = "", string Note = "");

public sealed record ScenarioResult(string Title, IReadOnlyList<ReportRow> Rows, IReadOnlyList<string> Notes);
