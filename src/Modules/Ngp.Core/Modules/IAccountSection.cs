namespace Ngp.Core.Modules;

/// <summary>
/// A block a module adds to the signed-in person's account page (what they follow, their registrations…): the page
/// renders the partial of every registered section, by <see cref="Order"/>. Register it as a singleton.
/// </summary>
public interface IAccountSection
{
    int Order { get; }

    /// <summary>Name of the Razor partial (in the module's <c>Pages/Shared</c>); it reads its own data for the signed-in person.</summary>
    string PartialName { get; }
}
