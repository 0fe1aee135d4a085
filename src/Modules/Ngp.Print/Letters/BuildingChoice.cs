namespace Ngp.Print.Letters;

/// <summary>
/// Reads the buildings asked for (<c>buildings=A,B</c>, or the parameter repeated) against the lease list's names,
/// which may themselves hold a comma (« Résidence Les Alpins, bât. A »): the longest run of comma-separated parts that
/// names a known building is taken as one.
/// </summary>
public static class BuildingChoice
{
    public static (IReadOnlyList<string> Known, IReadOnlyList<string> Unknown) Resolve(IEnumerable<string?> values, IReadOnlyCollection<string> buildings)
    {
        var names = buildings.ToDictionary(b => b.Trim(), b => b, StringComparer.OrdinalIgnoreCase);
        var known = new List<string>();
        var unknown = new List<string>();
        foreach (var value in values.OfType<string>())
        {
            var parts = value.Split(',');
            for (var i = 0; i < parts.Length;)
            {
                var taken = 0;
                for (var j = parts.Length; j > i && taken == 0; j--)
                {
                    if (names.TryGetValue(string.Join(',', parts[i..j]).Trim(), out var name))
                    {
                        if (!known.Contains(name))
                            known.Add(name);
                        taken = j - i;
                    }
                }
                if (taken == 0)
                {
                    if (parts[i].Trim() is { Length: > 0 } part)
                        unknown.Add(part);
                    taken = 1;
                }
                i += taken;
            }
        }
        return (known, unknown);
    }
}
