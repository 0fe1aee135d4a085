using System.Globalization;

namespace Ngp.Contents.Editors;

/// <summary>How the input names of list items are written: <c>parts.Phases.phases[2]</c>.</summary>
public static class ListPath
{
    public static string Item(string list, int index) => list + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
