using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Ngp.Contents.Fields;
using Ngp.Core.Web;

namespace Ngp.Workflows.Liquid;

/// <summary>
/// Liquid (Fluid) for workflow properties: parsing with the position of an error (refused at save), rendering with
/// <c>Content</c>, <c>Event</c>, <c>Workflow</c> and <c>Tenant</c> in scope. Output is plain text: what reads it
/// (notices, content fields) escapes or sanitizes it. <c>{{ Content.Fields.Start | date_paris }}</c> writes a date as
/// people read it, « 1er octobre 2026 à 18 h 30 » (<c>date_paris: "date"</c>: the day only).
/// </summary>
public sealed partial class WorkflowLiquid
{
    private const int CacheLimit = 2000;
    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _cache = new(StringComparer.Ordinal);

    public WorkflowLiquid()
    {
        _options.Filters.AddFilter("date_paris", DateParis);
    }

    /// <summary>Null when the template parses; otherwise a French reason with the line and column of the error.</summary>
    public string? Check(string template)
    {
        if (_parser.TryParse(template, out _, out var error))
            return null;
        return Describe(error);
    }

    /// <summary>A condition is a Liquid expression (<c>Content.DisplayText contains "travaux"</c>), checked inside an <c>if</c> tag.</summary>
    public string? CheckCondition(string expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
            return "La condition est vide.";
        if (_parser.TryParse(WrapCondition(expression), out _, out var error))
            return null;
        return Describe(error, columnShift: ConditionPrefix.Length);
    }

    public async Task<string> RenderAsync(string template, LiquidScope scope)
    {
        if (string.IsNullOrEmpty(template) || !template.Contains("{{", StringComparison.Ordinal) && !template.Contains("{%", StringComparison.Ordinal))
            return template;
        var parsed = Parse(template);
        var context = new TemplateContext(_options);
        foreach (var (name, value) in scope.Values)
            context.SetValue(name, value);
        return await parsed.RenderAsync(context, NullEncoder.Default);
    }

    public async Task<bool> EvaluateConditionAsync(string expression, LiquidScope scope) =>
        (await RenderAsync(WrapCondition(expression), scope)).Trim() == "true";

    private static ValueTask<FluidValue> DateParis(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var text = input.ToStringValue();
        // A stored day (2026-10-01) has no time to show.
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new StringValue(ParisTime.Date(day, ParisTime.French));
        if (input.ToObjectValue() is DateTimeOffset instant || DateTimes.TryParseParis(text, out instant))
            return new StringValue(arguments.At(0).ToStringValue() == "date" ? ParisTime.Date(instant, ParisTime.French) : ParisTime.DateAndTime(instant, ParisTime.French));
        return input;
    }

    private const string ConditionPrefix = "{% if ";

    private static string WrapCondition(string expression) => ConditionPrefix + expression.Trim() + " %}true{% else %}false{% endif %}";

    private IFluidTemplate Parse(string template)
    {
        if (_cache.TryGetValue(template, out var cached))
            return cached;
        if (!_parser.TryParse(template, out var parsed, out var error))
            throw new WorkflowLiquidException(Describe(error));
        if (_cache.Count >= CacheLimit)
            _cache.Clear();
        _cache[template] = parsed;
        return parsed;
    }

    private static string Describe(string? error, int columnShift = 0)
    {
        error ??= "";
        var match = Position().Match(error);
        if (!match.Success)
            return $"Expression Liquid invalide : {error}";
        var line = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var column = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (line == 1)
            column = Math.Max(1, column - columnShift);
        var reason = Position().Replace(error, "").Trim().TrimEnd('.', ':').Trim();
        return $"Expression Liquid invalide (ligne {line}, colonne {column}) : {reason}";
    }

    [GeneratedRegex(@"at \((\d+):(\d+)\)")]
    private static partial Regex Position();

    /// <summary>A JSON value as Liquid sees it: objects as dictionaries, arrays as lists, numbers, strings, booleans.</summary>
    public static object? ToLiquid(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => ToLiquid(p.Value)),
        JsonArray a => a.Select(ToLiquid).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.Number => decimal.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };
}
