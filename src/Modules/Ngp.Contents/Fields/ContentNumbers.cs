using System.Globalization;
using System.Text.Json.Nodes;

namespace Ngp.Contents.Fields;

/// <summary>
/// Numbers people type or send: JSON numbers, or text as the French write it (« 12,5 », « 1 200 »). Read as decimals,
/// so that 1e308, infinity or NaN are refused instead of being stored empty or breaking the JSON written later.
/// </summary>
public static class ContentNumbers
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>False when the node holds something that is not such a number; <paramref name="number"/> is null when it is empty.</summary>
    public static bool TryRead(JsonNode? node, out decimal? number)
    {
        number = null;
        switch (node)
        {
            case null:
                return true;
            case JsonValue v when v.TryGetValue<decimal>(out var d):
                number = d;
                return true;
            case JsonValue v when v.TryGetValue<string>(out var s):
                var text = s.Trim().Replace(',', '.').Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal);
                if (text.Length == 0)
                    return true;
                if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
                    return false;
                number = parsed;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The French refusal naming the field and its range: « Nombre de places » doit être un nombre entre 1 et 10 000.</summary>
    public static string OutOfRange(string label, decimal min, decimal max) =>
        $"« {label} » doit être un nombre entre {min.ToString("#,0.##", French)} et {max.ToString("#,0.##", French)}.";
}
