using Ngp.Contents.Items;
using Ngp.Core.Modules;

namespace Ngp.Contents.Admin;

/// <summary>Items editors submitted for approval, on the admin home page of who may approve them.</summary>
public sealed class ContentsAwaitingApproval(ContentQuery query) : IPendingWork
{
    public int Order => 10;

    public Permission Permission => ContentPermissions.ApproveContent;

    public async Task<PendingWork?> CountAsync(CancellationToken ct)
    {
        var count = await query.CountAsync(ContentStatus.AwaitingApproval, ct);
        return count == 0 ? null : new PendingWork(count, count == 1 ? "contenu à valider" : "contenus à valider", "admin/contenus/a-valider");
    }
}
