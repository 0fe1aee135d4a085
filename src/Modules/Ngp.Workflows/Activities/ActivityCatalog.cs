namespace Ngp.Workflows.Activities;

/// <summary>The activities a workflow can use, by type name.</summary>
public sealed class ActivityCatalog(IEnumerable<IActivity> activities)
{
    private readonly Dictionary<string, IActivity> _byType = activities.ToDictionary(a => a.Type, StringComparer.Ordinal);

    public IReadOnlyList<IActivity> All => _byType.Values.OrderBy(a => a.Label, StringComparer.Create(new("fr-FR"), false)).ToList();

    public IActivity? Find(string type) => _byType.GetValueOrDefault(type);
}
