using Microsoft.Extensions.Primitives;

namespace Ngp.Contents.Editors;

/// <summary>
/// The posted inputs of one part or of one item of a list, by their names under <see cref="Prefix"/>:
/// <c>parts.RoadMap.indicators[1].values[0].date</c> is <c>Items("indicators")[1].Items("values")[0].Text("date")</c>.
/// </summary>
public sealed class PartForm(IReadOnlyDictionary<string, StringValues> values, string prefix)
{
    public string Prefix => prefix;

    public string Name(string input) => prefix + "." + input;

    /// <summary>The value typed (trimmed at neither end: what was typed is given back as it was).</summary>
    public string Text(string input) => values.TryGetValue(Name(input), out var v) ? v.ToString() : "";

    /// <summary>Whether the item was just added by « Ajouter … » (<see cref="EditorCommand"/>) and has never been shown.</summary>
    public bool IsNew => values.ContainsKey(Name(EditorCommand.NewItemMarker));

    public bool Checked(string input) => values.TryGetValue(Name(input), out var v) && v.Contains("true");

    /// <summary>The items of a list, in the order of their indexes; the list ends at the first missing index.</summary>
    public IReadOnlyList<PartForm> Items(string list)
    {
        var items = new List<PartForm>();
        for (var i = 0; i < EditorCommand.MaxItems; i++)
        {
            var item = ListPath.Item(Name(list), i);
            if (!values.Keys.Any(k => k.StartsWith(item + ".", StringComparison.Ordinal)))
                break;
            items.Add(new PartForm(values, item));
        }
        return items;
    }
}
