namespace Ngp.Core.Notifications;

/// <summary>
/// The audience groups the modules resolve (<see cref="AudienceRegistration.AddAudience{TSource}(Microsoft.Extensions.DependencyInjection.IServiceCollection, string, string)"/>),
/// so that a module addressing people in general (workflow messages) offers them without naming any module's groups.
/// </summary>
public sealed class AudienceCatalog(IEnumerable<AudienceDescriptor> declared)
{
    public IReadOnlyList<AudienceDescriptor> All { get; } = declared.DistinctBy(a => a.Kind).ToList();

    public bool Knows(string kind) => All.Any(a => a.Kind == kind);
}
