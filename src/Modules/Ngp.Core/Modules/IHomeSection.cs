namespace Ngp.Core.Modules;

/// <summary>
/// A block a module adds to the tenant's home page (the latest news, open consultations…): the theme renders
/// the partial of every registered section, by <see cref="Order"/>. Register it as a singleton.
/// </summary>
public interface IHomeSection
{
    int Order { get; }

    /// <summary>Name of the Razor partial that renders the section (it reads its own data).</summary>
    string PartialName { get; }
}
