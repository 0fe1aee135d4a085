namespace Ngp.Core.Modules;

/// <summary>The usual implementation: a record a module registers with its values.</summary>
public sealed record LayoutItem(LayoutSlot Slot, int Order, string PartialName) : ILayoutItem;
