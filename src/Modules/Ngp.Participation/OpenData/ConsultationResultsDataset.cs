using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.OpenData;
using Ngp.Core.Web;
using Ngp.Participation.Data;
using Ngp.Participation.Parts;
using Ngp.Participation.Voting;

namespace Ngp.Participation.OpenData;

/// <summary>
/// The results of the agency's consultations once they are public (live, or after closing), as an open dataset: the
/// counts per question and option, never who voted. A dwelling choice adds its counts per building, never per lease;
/// a building with fewer than 5 households answering shows « &lt; 5 » in all its cells, and any count from 1 to 4
/// does too (<see cref="OpenDataCounts"/>).
/// </summary>
public sealed class ConsultationResultsDataset(
    NgpDbContext db, ContentDefinitionStore definitions, ContentQuery query, ResultsReader results, TimeProvider clock, SiteLinks links) : IOpenDataset
{
    private const int PageSize = 100;

    public string Name => "resultats-des-concertations";

    public string Title => "Résultats des concertations";

    public string Description => "Les résultats des concertations de l'agence dès qu'ils sont publics : une ligne par question et par option, "
        + "pour l'ensemble des votants puis, pour un choix de logement, par bâtiment. Les effectifs de 1 à 4, et tous ceux d'un bâtiment de moins de 5 foyers votants, sont remplacés par « < 5 ».";

    public IReadOnlyList<string> Keywords => ["concertation", "vote", "résultats", "participation des locataires"];

    public IReadOnlyList<OpenDataColumn> Columns { get; } =
    [
        new("concertation", "Titre de la concertation"),
        new("type_de_concertation", "« vote » (chaque compte vérifié vote) ou « choix de logement » (un choix par logement)"),
        new("question", "Intitulé de la question"),
        new("type_de_question", "Choix unique, choix multiple, oui / non ou classement"),
        new("option", "Intitulé de l'option"),
        new("batiment", "Bâtiment des votants ; vide pour l'ensemble des votants de la concertation"),
        new("votants", "Nombre de votants à la question (foyers pour un choix de logement) ; « < 5 » de 1 à 4", OpenDataType.Integer),
        new("votes", "Nombre de votes pour l'option (pour un classement : les premières places) ; « < 5 » de 1 à 4", OpenDataType.Integer),
        new("pourcentage", "Part des votants ayant choisi l'option, en pourcentage ; vide quand le nombre de votes est masqué", OpenDataType.Decimal),
        new("points", "Pour un classement : points de l'option (une option classée première sur n reçoit n points) ; vide sinon ou quand masqué", OpenDataType.Integer),
        new("cloturee", "La concertation est close", OpenDataType.Boolean),
        new("date_de_cloture", "Date et heure de clôture (UTC, ISO 8601)", OpenDataType.DateTime),
        new("adresse", "Adresse de la concertation sur le site", OpenDataType.Url),
    ];

    public async Task<OpenDataVersion> VersionAsync(CancellationToken ct)
    {
        var parts = new List<OpenDataVersion>();
        foreach (var type in await ConsultationTypesAsync(ct))
            parts.Add(await query.PublishedSetVersionAsync(type.Name, ct));
        // Results become public at closing time: which ones are is part of the state.
        var visible = new List<string>();
        await foreach (var (item, _) in VisibleAsync(ct))
            visible.Add(item.Id);
        var votes = db.Set<Vote>().AsNoTracking();
        var count = await votes.CountAsync(ct);
        var lastId = count == 0 ? 0 : await votes.MaxAsync(v => v.Id, ct);
        var lastVote = await votes.OrderByDescending(v => v.UpdatedUtc).Select(v => (DateTimeOffset?)v.UpdatedUtc).FirstOrDefaultAsync(ct);
        parts.Add(new OpenDataVersion(lastVote, FormattableString.Invariant($"votes:{count}:{lastId}:{lastVote?.UtcTicks}:{string.Join(',', visible)}")));
        return OpenDataVersion.Combine([.. parts]);
    }

    public async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await foreach (var (item, consultation) in VisibleAsync(ct))
        {
            var read = await results.ReadAsync(item.Id, staff: false, ct);
            if (!read.IsOk)
                continue;
            var address = links.Absolute(item.RelativeUrl ?? "concertations");
            var common = new Row(read.Value.Title, consultation.PerLease ? "choix de logement" : "vote", consultation.IsClosedAt(now), consultation.ClosesUtc, address);
            foreach (var question in read.Value.Questions)
            {
                foreach (var option in question.Options)
                    yield return common.Values(question.Text, question.Kind, option.Text, null, question.Voters, option.Votes, option.Percent, option.Points);
            }
            if (!consultation.PerLease)
                continue;
            await foreach (var row in PerBuildingAsync(item.Id, consultation, common, ct))
                yield return row;
        }
    }

    /// <summary>
    /// A dwelling choice's counts per building and question, grouped by the database and read in building order, one
    /// building's question at a time: the memory held is one group's, whatever the number of buildings.
    /// </summary>
    private async IAsyncEnumerable<object?[]> PerBuildingAsync(string itemId, Consultation consultation, Row common, [EnumeratorCancellation] CancellationToken ct)
    {
        var groups = db.Set<Vote>().AsNoTracking().Where(v => v.ContentItemId == itemId)
            .GroupBy(v => new { v.Building, v.QuestionId, v.OptionIds })
            .Select(g => new { g.Key.Building, g.Key.QuestionId, g.Key.OptionIds, Count = g.Count() })
            .OrderBy(g => g.Building).ThenBy(g => g.QuestionId)
            .AsAsyncEnumerable();
        string? building = null;
        string? questionId = null;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var points = new Dictionary<string, int>(StringComparer.Ordinal);
        var voters = 0;
        var started = false;
        await foreach (var group in groups.WithCancellation(ct))
        {
            if (started && (group.Building != building || group.QuestionId != questionId))
            {
                foreach (var row in BuildingRows(common, consultation.Find(questionId), building, voters, counts, points))
                    yield return row;
                counts.Clear();
                points.Clear();
                voters = 0;
            }
            started = true;
            building = group.Building;
            questionId = group.QuestionId;
            voters += group.Count;
            var chosen = group.OptionIds.Split(',');
            var question = consultation.Find(group.QuestionId);
            for (var i = 0; i < chosen.Length; i++)
            {
                if (question is null || question.Kind != QuestionKinds.Ranking || i == 0)
                    counts[chosen[i]] = counts.GetValueOrDefault(chosen[i]) + group.Count;
                if (question is not null)
                    points[chosen[i]] = points.GetValueOrDefault(chosen[i]) + (question.Options.Count - i) * group.Count;
            }
        }
        if (started)
        {
            foreach (var row in BuildingRows(common, consultation.Find(questionId), building, voters, counts, points))
                yield return row;
        }
    }

    private static IEnumerable<object?[]> BuildingRows(Row common, Question? question, string? building, int voters, Dictionary<string, int> counts, Dictionary<string, int> points)
    {
        if (question is null)
            yield break;
        foreach (var option in question.Options)
        {
            var votes = counts.GetValueOrDefault(option.Id);
            yield return common.Values(question.Text, question.Kind, option.Text, string.IsNullOrEmpty(building) ? "(sans bâtiment)" : building, voters, votes,
                voters == 0 ? 0 : Math.Round(100.0 * votes / voters, 1), question.Kind == QuestionKinds.Ranking ? points.GetValueOrDefault(option.Id) : null);
        }
    }

    /// <summary>The published consultations whose results the public may read now, newest first.</summary>
    private async IAsyncEnumerable<(ParticipationItem Item, Consultation Consultation)> VisibleAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var type in await ConsultationTypesAsync(ct))
        {
            for (var page = 1; ; page++)
            {
                var batch = await query.ListAsync(new ContentFilter { Type = type.Name, Page = page, PageSize = PageSize }, ct);
                foreach (var version in batch.Items)
                {
                    var item = new ParticipationItem(version, type, ContentQuery.Data(version)["parts"] as System.Text.Json.Nodes.JsonObject ?? []);
                    if (item.Consultation is { } consultation && consultation.ResultsVisibleAt(now))
                        yield return (item, consultation);
                }
                if (batch.Items.Count < PageSize || page * PageSize >= batch.Total)
                    break;
            }
        }
    }

    private async Task<IReadOnlyList<ContentTypeDefinition>> ConsultationTypesAsync(CancellationToken ct) =>
        (await definitions.ListAsync(ct)).Where(t => t.HasPart("Consultation")).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

    /// <summary>What every row of a consultation repeats; <see cref="Values"/> protects the counts of the row's group.</summary>
    private sealed record Row(string Consultation, string Kind, bool Closed, DateTimeOffset? ClosesUtc, string Address)
    {
        public object?[] Values(string question, string questionKind, string option, string? building, int voters, int votes, double percent, int? points)
        {
            var shownVotes = OpenDataCounts.Protect(votes, voters);
            var hidden = shownVotes is string;
            return
            [
                Consultation, Kind, question, QuestionKindLabel(questionKind), option, building, OpenDataCounts.Protect(voters), shownVotes,
                hidden ? null : percent, points is null || voters < OpenDataCounts.Threshold ? null : points, Closed, ClosesUtc, Address,
            ];
        }

        private static string QuestionKindLabel(string kind) => kind switch
        {
            QuestionKinds.Single => "choix unique",
            QuestionKinds.Multiple => "choix multiple",
            QuestionKinds.YesNo => "oui / non",
            QuestionKinds.Ranking => "classement",
            _ => kind,
        };
    }
}
