namespace Ngp.Core.Modules;

/// <summary>
/// Something a module counts for the admin home page because it waits for a member of staff (items to approve,
/// comments to moderate…). The page asks only the sources whose <see cref="Permission"/> the person holds, in
/// <see cref="Order"/>, and shows those with something waiting. Register it scoped: it reads the module's own tables.
/// </summary>
public interface IPendingWork
{
    int Order { get; }

    /// <summary>The permission that handles this work, and so the one needed to see it.</summary>
    Permission Permission { get; }

    /// <summary>What waits now, or null when nothing does.</summary>
    Task<PendingWork?> CountAsync(CancellationToken ct);
}
