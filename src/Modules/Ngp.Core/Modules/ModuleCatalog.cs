namespace Ngp.Core.Modules;

/// <summary>The modules the host enabled, in the host's order; modules read it to know their peers' permissions and menus.</summary>
public sealed class ModuleCatalog(IReadOnlyList<INgpModule> modules)
{
    public IReadOnlyList<INgpModule> Modules { get; } = modules;

    public IReadOnlyList<Permission> Permissions { get; } =
        modules.SelectMany(m => m.Permissions).DistinctBy(p => p.Name).ToList();

    public IReadOnlyList<AdminMenuItem> AdminMenu { get; } =
        modules.SelectMany(m => m.AdminMenu).OrderBy(i => i.Order).ThenBy(i => i.Title, StringComparer.Ordinal).ToList();

    public Permission? FindPermission(string name) =>
        Permissions.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
