namespace Ngp.Print.Posters;

/// <summary>
/// The text of a poster, in French whatever the page (it is printed for a hall): what it is, the title, the essentials,
/// labelled facts (« Quand », « Où »), then sections of points (decisions, next steps).
/// </summary>
public sealed record PosterFacts
{
    /// <summary>« Réunion publique », « Actualité », « Concertation »…</summary>
    public required string Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>The summary, in a sentence or two.</summary>
    public string? Essentials { get; init; }

    public IReadOnlyList<PosterField> Fields { get; init; } = [];

    public IReadOnlyList<PosterSection> Sections { get; init; } = [];

    /// <summary>Who to ask; the agency's reception when null.</summary>
    public string? Contact { get; init; }
}
