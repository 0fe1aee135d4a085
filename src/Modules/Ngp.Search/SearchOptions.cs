namespace Ngp.Search;

/// <summary>Settings under <c>Ngp:Search</c>.</summary>
public sealed class SearchOptions
{
    public const string Section = "Ngp:Search";

    /// <summary>Turns the background catch-up off (benchmarks; tests keep it and also drive it themselves).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each node reads the indexing task log of every running tenant.</summary>
    public TimeSpan CatchUpInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often each node deletes the superseded rows of every running tenant's indexing task log.</summary>
    public TimeSpan TaskLogPruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Tasks read from the log per batch; one Lucene commit per batch.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Folder of a tenant's index inside its data folder (a second node on a shared disk would use its own).</summary>
    public string FolderName { get; set; } = "lucene";

    /// <summary>Folder of the cross-agency shared index inside the head office's data folder.</summary>
    public string SharedFolderName { get; set; } = "lucene-shared";

    /// <summary>Results per page of the search pages and API.</summary>
    public int PageSize { get; set; } = 10;
}
