using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Ngp.Contents.Editors;

/// <summary>
/// A button of the editor that changes the form instead of saving it (« Ajouter une phase », « Monter », « Retirer »,
/// « Chercher »): its value is <c>path|operation|argument</c>. List operations rewrite the posted input names, so
/// every value typed moves with its item and nothing is lost, and they work the same for every part without script.
/// </summary>
public sealed record EditorCommand(string Path, string Operation, string Argument)
{
    /// <summary>Items of one list at most: more than any part needs, and a bound on what a forged post can make.</summary>
    public const int MaxItems = 100;

    public const string Add = "add";
    public const string Remove = "remove";
    public const string Up = "up";
    public const string Down = "down";

    public const string FieldName = "editor";

    /// <summary>The input an added item has until it is first shown, so that it exists for the reader though empty.</summary>
    public const string NewItemMarker = "new";

    /// <summary>The value of a button: <c>parts.RoadMap.indicators|remove|2</c>.</summary>
    public static string Value(string path, string operation, object? argument = null) =>
        $"{path}|{operation}|{Convert.ToString(argument, CultureInfo.InvariantCulture)}";

    public static EditorCommand? Parse(string? value)
    {
        var pieces = value?.Split('|');
        if (pieces is not { Length: 3 } || !(pieces[0].StartsWith("parts.", StringComparison.Ordinal) || pieces[0].StartsWith("fields.", StringComparison.Ordinal)))
            return null;
        return new EditorCommand(pieces[0], pieces[1], pieces[2]);
    }

    public bool IsListOperation => Operation is Add or Remove or Up or Down;

    /// <summary>
    /// Applies a list operation to the posted values; answers what should have the focus afterwards: the prefix of the
    /// item's inputs, or a button's value. Null when the operation does not apply (an index out of the list).
    /// </summary>
    public EditorFocus? Apply(Dictionary<string, StringValues> values)
    {
        var count = Count(values);
        var index = int.TryParse(Argument, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        switch (Operation)
        {
            case Add when count < MaxItems:
                // A marker makes the new, empty item exist for the reader until something is typed in it.
                values[ListPath.Item(Path, count) + "." + NewItemMarker] = "";
                return new EditorFocus(ListPath.Item(Path, count) + ".", null);
            case Remove when index >= 0 && index < count:
                Take(values, index);
                for (var i = index + 1; i < count; i++)
                    Move(values, i, i - 1);
                return index < count - 1 ? new EditorFocus(ListPath.Item(Path, index) + ".", null) : new EditorFocus(null, Value(Path, Add));
            case Up when index > 0 && index < count:
                Swap(values, index, index - 1);
                return new EditorFocus(null, Value(Path, index - 1 == 0 ? Down : Up, index - 1));
            case Down when index >= 0 && index < count - 1:
                Swap(values, index, index + 1);
                return new EditorFocus(null, Value(Path, index + 1 == count - 1 ? Up : Down, index + 1));
            default:
                return null;
        }
    }

    private int Count(Dictionary<string, StringValues> values)
    {
        var count = 0;
        while (count < MaxItems && values.Keys.Any(k => k.StartsWith(ListPath.Item(Path, count) + ".", StringComparison.Ordinal)))
            count++;
        return count;
    }

    private Dictionary<string, StringValues> Take(Dictionary<string, StringValues> values, int index)
    {
        var prefix = ListPath.Item(Path, index) + ".";
        var taken = values.Where(v => v.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(v => v.Key[prefix.Length..], v => v.Value);
        foreach (var key in taken.Keys)
            values.Remove(prefix + key);
        return taken;
    }

    private void Move(Dictionary<string, StringValues> values, int from, int to)
    {
        foreach (var (key, value) in Take(values, from))
            values[ListPath.Item(Path, to) + "." + key] = value;
    }

    private void Swap(Dictionary<string, StringValues> values, int a, int b)
    {
        var first = Take(values, a);
        Move(values, b, a);
        foreach (var (key, value) in first)
            values[ListPath.Item(Path, b) + "." + key] = value;
    }
}
