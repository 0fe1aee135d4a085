namespace Ngp.Core.Modules;

/// <summary>
/// A piece a module adds to the public layout (a "Projets" link, the search box, the bell): the theme renders
/// the partial of every registered item of a slot, by <see cref="Order"/>. Register it as a singleton.
/// </summary>
public interface ILayoutItem
{
    LayoutSlot Slot { get; }

    int Order { get; }

    /// <summary>Name of the Razor partial (in the module's <c>Pages/Shared</c>); it reads its own data and localizes its own text.</summary>
    string PartialName { get; }
}
