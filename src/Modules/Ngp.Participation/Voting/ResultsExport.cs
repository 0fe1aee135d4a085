using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Participation.Data;

namespace Ngp.Participation.Voting;

/// <summary>
/// CSV exports for staff: the counts per question and option (with how many came by letter or at the desk), and for a
/// dwelling choice each lease's choice by building with the channel it came by.
/// </summary>
public sealed class ResultsExport(NgpDbContext db, ParticipationItems items, ResultsReader results)
{
    public async Task<Result<string>> CsvAsync(string contentItemId, CancellationToken ct)
    {
        var read = await results.ReadAsync(contentItemId, staff: true, ct);
        if (!read.IsOk)
            return Result.NotFound(read.Message!);
        var item = (await items.PublishedAsync(contentItemId, ct))!;
        var consultation = item.Consultation!;
        var csv = new StringBuilder();
        if (consultation.PerLease)
        {
            csv.Append("building,leaseReference,question,choice,updatedUtc,channel\n");
            var votes = await db.Set<Vote>().AsNoTracking().Where(v => v.ContentItemId == item.Id).ToListAsync(ct);
            foreach (var vote in votes.OrderBy(v => v.Building, StringComparer.Ordinal).ThenBy(v => v.LeaseReference, StringComparer.Ordinal).ThenBy(v => v.QuestionId, StringComparer.Ordinal))
            {
                var question = consultation.Find(vote.QuestionId);
                var choice = string.Join(" > ", vote.OptionIds.Split(',').Select(id => question?.Options.FirstOrDefault(o => o.Id == id)?.Text ?? id));
                csv.Append(Cell(vote.Building)).Append(',').Append(Cell(vote.LeaseReference)).Append(',').Append(Cell(question?.Text ?? vote.QuestionId))
                    .Append(',').Append(Cell(choice)).Append(',').Append(vote.UpdatedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
                    .Append(',').Append(vote.Channel ?? "online").Append('\n');
            }
            return csv.ToString();
        }
        csv.Append("question,option,votes,percent,points,byLetterOrDesk\n");
        foreach (var question in read.Value.Questions)
        {
            foreach (var option in question.Options)
            {
                csv.Append(Cell(question.Text)).Append(',').Append(Cell(option.Text)).Append(',').Append(option.Votes.ToString(CultureInfo.InvariantCulture))
                    .Append(',').Append(option.Percent.ToString("0.0", CultureInfo.InvariantCulture)).Append(',')
                    .Append(option.Points?.ToString(CultureInfo.InvariantCulture) ?? "").Append(',')
                    .Append(option.Offline.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }
        return csv.ToString();
    }

    /// <summary>A CSV cell, quoted when needed; a leading formula sign is neutralised so a spreadsheet never runs it.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@')
            text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
