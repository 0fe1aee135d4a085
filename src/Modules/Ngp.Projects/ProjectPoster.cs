using Ngp.Contents.Items;
using Ngp.Core.Web;
using Ngp.Projects.Parts;
using Ngp.Print.Posters;

namespace Ngp.Projects;

/// <summary>A project's poster: its current phase (before, during, after works), what happens in it and its latest news.</summary>
public sealed class ProjectPoster : IPosterContent
{
    public string ContentType => "Project";

    public Task<PosterFacts> ReadAsync(ContentItemVersion published, CancellationToken ct)
    {
        var facts = new PublishedFacts(published);
        var phases = PhasesPart.Read(facts.Part("Phases"));
        var current = phases.Phases.FirstOrDefault(p => p.Key == phases.Current);
        var fields = new List<PosterField>();
        if (phases.Current is { Length: > 0 } key)
            fields.Add(new PosterField("Où en est le projet", PhasesPart.Label(key).ToLowerInvariant()));
        if (current is not null && Period(current) is { } period)
            fields.Add(new PosterField("Quand", period));
        var sections = new List<PosterSection>();
        if (current is { Description.Length: > 0 })
            sections.Add(new PosterSection(PhasesPart.Label(current.Key), PosterText.Points(current.Description)));
        if (current is { Updates.Count: > 0 })
            sections.Add(new PosterSection("Dernières nouvelles", current.Updates.OrderByDescending(u => u.Date, StringComparer.Ordinal).Take(3)
                .Select(u => $"{ParisTime.Date(u.Date, ParisTime.French)} : {u.Text}").ToList()));
        return Task.FromResult(new PosterFacts
        {
            Kind = "Projet",
            Title = published.DisplayText,
            Essentials = facts.Summary,
            Fields = fields,
            Sections = sections,
        });
    }

    private static string? Period(Phase phase) => (phase.Start.Length > 0, phase.End.Length > 0) switch
    {
        (true, true) => $"du {ParisTime.Date(phase.Start, ParisTime.French)} au {ParisTime.Date(phase.End, ParisTime.French)}",
        (true, false) => $"à partir du {ParisTime.Date(phase.Start, ParisTime.French)}",
        (false, true) => $"jusqu'au {ParisTime.Date(phase.End, ParisTime.French)}",
        _ => null,
    };
}
