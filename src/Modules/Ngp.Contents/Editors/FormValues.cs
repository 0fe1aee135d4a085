using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Admin;
using Ngp.Contents.Fields;
using Ngp.Core.Web;

namespace Ngp.Contents.Editors;

/// <summary>
/// Dates and numbers as editors type them (a date picker's value, or « 14/10/2026 », « 12,5 »), turned into what parts
/// store; each refusal is a French message naming the input, added under that input's name.
/// </summary>
public static class FormValues
{
    private static readonly string[] DayFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];
    private static readonly string[] MinuteFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "dd/MM/yyyy HH:mm", "d/M/yyyy HH:mm", "dd/MM/yyyy H'h'mm"];

    /// <summary>A day as stored (<c>AAAA-MM-JJ</c>); null when empty or refused.</summary>
    public static string? Day(string text, string input, string label, PartErrors errors)
    {
        text = text.Trim();
        if (text.Length == 0)
            return null;
        if (!DateOnly.TryParseExact(text, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors.Add(input, $"« {label} » doit être une date, par exemple 14/10/2026.");
            return null;
        }
        if (!ContentDates.Contains(day))
        {
            errors.Add(input, ContentDates.OutOfRange(label));
            return null;
        }
        return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>A date and time typed in Paris time, as the UTC instant stored; null when empty or refused.</summary>
    public static DateTimeOffset? ParisInstant(string text, string input, string label, PartErrors errors)
    {
        text = text.Trim();
        if (text.Length == 0)
            return null;
        if (!DateTime.TryParseExact(text, MinuteFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            errors.Add(input, $"« {label} » doit être une date et une heure, par exemple 14/10/2026 18:00.");
            return null;
        }
        if (!ContentDates.Contains(DateOnly.FromDateTime(local)))
        {
            errors.Add(input, ContentDates.OutOfRange(label));
            return null;
        }
        return new DateTimeOffset(local, ParisTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>A stored instant as a <c>datetime-local</c> input shows it, Paris time; empty when there is none.</summary>
    public static string ParisInput(string? stored) =>
        DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? ContentLabels.LocalInput(instant) : "";

    /// <summary>A number as the French write it; null when empty or refused.</summary>
    public static decimal? Number(string text, string input, string label, PartErrors errors)
    {
        if (!ContentNumbers.TryRead(JsonValue.Create(text), out var number))
        {
            errors.Add(input, $"« {label} » doit être un nombre, par exemple 12,5.");
            return null;
        }
        return number;
    }

    /// <summary>A stored number as an input shows it to French readers (« 12,5 »); empty when there is none.</summary>
    public static string NumberInput(double? stored) =>
        stored is { } n ? ((decimal)n).ToString("0.##########", CultureInfo.GetCultureInfo("fr-FR")) : "";
}
