using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Core.Results;
using Ngp.Notifications.Data;

namespace Ngp.Notifications;

/// <summary>The bell: a person's in-app notifications, unread first.</summary>
public sealed class InAppNotifications(NgpDbContext db, TimeProvider clock, UnreadCounts counts, ITenantContext tenant)
{
    public async Task<(IReadOnlyList<InAppView> Items, int Unread)> ListAsync(string userId, int take, CancellationToken ct)
    {
        var mine = db.Set<InAppNotification>().AsNoTracking().Where(n => n.UserId == userId);
        var unread = await UnreadAsync(userId, ct);
        var items = await mine.OrderBy(n => n.ReadUtc == null ? 0 : 1).ThenByDescending(n => n.Id).Take(take)
            .Select(n => new InAppView(n.Id, n.Event, n.Title, n.Text, n.Url, n.CreatedUtc, n.ReadUtc != null))
            .ToListAsync(ct);
        return (items, unread);
    }

    /// <summary>The bell's count, on every page a person reads: kept until a notification of theirs changes (<see cref="UnreadCounts"/>).</summary>
    public Task<int> UnreadAsync(string userId, CancellationToken ct) =>
        counts.GetOrCountAsync(tenant.Tenant.Name, userId,
            token => db.Set<InAppNotification>().CountAsync(n => n.UserId == userId && n.ReadUtc == null, token), ct);

    /// <summary>Someone else's notification answers "not found", like one that does not exist.</summary>
    public async Task<Result> MarkReadAsync(string userId, long id, CancellationToken ct)
    {
        var notification = await db.Set<InAppNotification>().SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notification is null)
            return Result.NotFound("Cette notification n'existe pas.");
        notification.ReadUtc ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        counts.Changed(tenant.Tenant.Name, userId);
        return Result.Success();
    }

    public async Task MarkAllReadAsync(string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await db.Set<InAppNotification>().Where(n => n.UserId == userId && n.ReadUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now), ct);
        counts.Changed(tenant.Tenant.Name, userId);
    }
}
