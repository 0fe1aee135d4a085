using System.Globalization;

namespace Ngp.Meetings;

/// <summary>One point of the agenda: written one per line in the editor, « Sujet — 30 min ».</summary>
public sealed record AgendaItem(string Topic, int? Minutes)
{
    public static IReadOnlyList<AgendaItem> Parse(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line =>
            {
                var dash = line.LastIndexOfAny(['—', '–']);
                if (dash > 0)
                {
                    var tail = line[(dash + 1)..].Trim();
                    var digits = new string(tail.TakeWhile(char.IsAsciiDigit).ToArray());
                    if (digits.Length > 0 && int.TryParse(digits, CultureInfo.InvariantCulture, out var minutes))
                        return new AgendaItem(line[..dash].Trim(), minutes);
                }
                return new AgendaItem(line, null);
            })
            .ToList();
}
