using System.Globalization;
using System.Net;
using System.Text;
using Ngp.Workflows.Activities;
using Ngp.Workflows.Definitions;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Admin;

/// <summary>
/// Server-rendered SVG of a workflow: boxes in columns by distance from the start event, arrows labelled with outcomes.
/// It is an image with a title and a description; the page lists the transitions as text beside it.
/// </summary>
public static class WorkflowDiagram
{
    private const int BoxWidth = 180;
    private const int BoxHeight = 48;
    private const int ColumnGap = 90;
    private const int RowGap = 36;
    private const int Margin = 16;

    public static string Svg(WorkflowDefinition definition, ActivityCatalog catalog, WorkflowStartEvents events)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [WorkflowDefinition.StartId] = 0 };
        var queue = new Queue<string>([WorkflowDefinition.StartId]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var next in definition.Transitions.Where(t => t.From == current).Select(t => t.To))
            {
                if (depth.ContainsKey(next) || definition.Find(next) is null)
                    continue;
                depth[next] = depth[current] + 1;
                queue.Enqueue(next);
            }
        }
        var unreachable = depth.Count == 0 ? 1 : depth.Values.Max() + 1;
        foreach (var activity in definition.Activities.Where(a => !depth.ContainsKey(a.Id)))
            depth[activity.Id] = unreachable;

        var rows = new Dictionary<int, int>();
        var position = new Dictionary<string, (int X, int Y)>(StringComparer.Ordinal);
        foreach (var id in new[] { WorkflowDefinition.StartId }.Concat(definition.Activities.Select(a => a.Id)))
        {
            var column = depth[id];
            var row = rows.GetValueOrDefault(column);
            rows[column] = row + 1;
            position[id] = (Margin + column * (BoxWidth + ColumnGap), Margin + row * (BoxHeight + RowGap));
        }
        var width = position.Values.Max(p => p.X) + BoxWidth + Margin;
        var height = position.Values.Max(p => p.Y) + BoxHeight + Margin;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"workflow-diagram\" role=\"img\" aria-labelledby=\"wf-diagram-title wf-diagram-desc\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"wf-diagram-title\">Schéma du workflow « {E(definition.Name)} »</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"wf-diagram-desc\">{definition.Activities.Count} activité(s) et {definition.Transitions.Count} transition(s), à partir de l'événement {E(events.Label(definition.StartEvent?.Type ?? ""))}. La liste des transitions suit le schéma.</desc>");
        svg.Append("<defs><marker id=\"wf-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>");
        foreach (var transition in definition.Transitions)
        {
            if (!position.TryGetValue(transition.From, out var from) || !position.TryGetValue(transition.To, out var to))
                continue;
            var (x1, y1) = (from.X + BoxWidth, from.Y + BoxHeight / 2);
            var (x2, y2) = (to.X, to.Y + BoxHeight / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" stroke=\"#333\" stroke-width=\"1.5\" marker-end=\"url(#wf-arrow)\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(x1 + x2) / 2}\" y=\"{(y1 + y2) / 2 - 6}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1a1a1a\">{E(transition.Outcome)}</text>");
        }
        foreach (var (id, (x, y)) in position)
        {
            var isStart = id == WorkflowDefinition.StartId;
            var label = isStart ? events.Label(definition.StartEvent?.Type ?? "") : catalog.Find(definition.Find(id)!.Type)?.Label ?? definition.Find(id)!.Type;
            var fill = isStart ? "#e8f0fe" : "#ffffff";
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"6\" fill=\"{fill}\" stroke=\"#333\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + BoxWidth / 2}\" y=\"{y + 19}\" font-size=\"13\" text-anchor=\"middle\" fill=\"#1a1a1a\" font-weight=\"bold\">{E(Short(label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + BoxWidth / 2}\" y=\"{y + 37}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1a1a1a\">{E(Short(isStart ? "départ" : id))}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A transition in words, for the list beside the diagram.</summary>
    public static string Describe(WorkflowDefinition definition, ActivityCatalog catalog, WorkflowStartEvents events, TransitionDefinition transition)
    {
        string Name(string id) => id == WorkflowDefinition.StartId
            ? $"Départ ({events.Label(definition.StartEvent?.Type ?? "")})"
            : definition.Find(id) is { } a ? $"{catalog.Find(a.Type)?.Label ?? a.Type} « {a.Id} »" : $"« {id} » (introuvable)";
        return $"{Name(transition.From)}, issue {transition.Outcome} → {Name(transition.To)}";
    }

    private static string Short(string text) => text.Length <= 24 ? text : text[..23] + "…";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
