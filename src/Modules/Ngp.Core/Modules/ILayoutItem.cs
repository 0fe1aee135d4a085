namespace Ngp.Core.Modules;

/// <summary>Places of the public layout where modules add their own pieces.</summary>
public enum LayoutSlot
{
    /// <summary>Main navigation: the partial renders one or more <c>&lt;li&gt;</c>.</summary>
    Navigation,

    /// <summary>Tools in the header beside the navigation (search box, notifications bell).</summary>
    HeaderTools,

    /// <summary>Links in the footer: the partial renders one or more <c>&lt;li&gt;</c>.</summary>
    Footer,
}

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

/// <summary>The usual implementation: a record a module registers with its values.</summary>
public sealed record LayoutItem(LayoutSlot Slot, int Order, string PartialName) : ILayoutItem;
