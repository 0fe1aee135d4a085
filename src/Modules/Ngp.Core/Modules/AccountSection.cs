namespace Ngp.Core.Modules;

/// <summary>The usual implementation: a record a module registers with its values.</summary>
public sealed record AccountSection(int Order, string PartialName) : IAccountSection;
