namespace Ngp.Core.Notifications;

/// <summary>Resolves one kind of <see cref="AudienceGroup"/>; registered (scoped) by the module that owns the data.</summary>
public interface IAudienceSource
{
    string Kind { get; }

    Task<IReadOnlyList<AudienceMember>> ResolveAsync(string key, CancellationToken ct = default);
}
