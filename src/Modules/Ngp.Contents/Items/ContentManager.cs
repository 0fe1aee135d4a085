using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Definitions;
using Ngp.Contents.Parts;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Results;
using Ngp.Core.Settings;

namespace Ngp.Contents.Items;

/// <summary>
/// The life of content items: create, save new versions, publish now or later, submit for approval, approve or
/// send back, unpublish, restore a version, delete. Every change and its events are saved in one transaction.
/// </summary>
public sealed class ContentManager(
    NgpDbContext db,
    ContentDefinitionStore definitions,
    ContentValidator validator,
    ISiteSettingsStore settings,
    IOutbox outbox,
    Core.Web.IPublicPageCache publicPages,
    TimeProvider clock,
    IEnumerable<IContentCheck> checks,
    ShortLinks.ShortLinkStore shortLinks)
{
    public const string NotFoundMessage = "Ce contenu n'existe pas.";

    private DbSet<ContentItemVersion> Versions => db.Set<ContentItemVersion>();

    /// <param name="id">A stable id given by a recipe, so that running it twice finds the item; new otherwise.</param>
    public async Task<Result<ContentItemVersion>> CreateAsync(ContentInput input, ContentActor actor, CancellationToken ct, string? id = null)
    {
        var type = await definitions.FindAsync(input.Type, ct);
        if (type is null)
            return Result.Invalid($"Le type de contenu « {input.Type} » n'existe pas.", "type", "Type de contenu inconnu.");
        id ??= Guid.NewGuid().ToString("N");
        var prepared = await PrepareAsync(type, id, input, ct);
        if (!prepared.IsOk)
            return Result.Invalid(prepared.Message!, prepared.Errors);
        var now = clock.GetUtcNow();
        var version = NewVersion(type.Name, id, 1, prepared.Value, actor.UserId, actor.UserId, now);
        Versions.Add(version);
        outbox.Add(new ContentCreated(id, type.Name, 1, actor.UserId));
        await db.SaveChangesAsync(ct);
        return version;
    }

    /// <summary>Saves the submitted data as a new latest version (a draft); the published version, if any, stays online.</summary>
    public async Task<Result<ContentItemVersion>> UpdateAsync(string id, ContentInput input, ContentActor actor, CancellationToken ct)
    {
        var latest = await LatestAsync(id, ct);
        if (latest is null)
            return Result.NotFound(NotFoundMessage);
        var type = await definitions.FindAsync(latest.ContentType, ct);
        if (type is null)
            return Result.Invalid($"Le type « {latest.ContentType} » n'existe plus.");
        var prepared = await PrepareAsync(type, id, input with { Type = type.Name }, ct);
        if (!prepared.IsOk)
            return Result.Invalid(prepared.Message!, prepared.Errors);
        return await AddVersionAsync(latest, prepared.Value, actor, ContentStatus.Draft, ct,
            v => outbox.Add(new ContentUpdated(id, type.Name, v.Number, actor.UserId)));
    }

    public async Task<Result<ContentItemVersion>> PublishAsync(string id, ContentActor actor, CancellationToken ct)
    {
        var latest = await LatestAsync(id, ct);
        if (latest is null)
            return Result.NotFound(NotFoundMessage);
        if (await RefusePublishingAsync(actor, ct) is { } refusal)
            return refusal;
        if (latest.Status == ContentStatus.Published && latest.Published)
            return latest;
        return await PublishVersionAsync(latest, ct);
    }

    /// <summary>Publishes at a future date and time; until then the item is seen by nobody but its editors.</summary>
    public async Task<Result<ContentItemVersion>> ScheduleAsync(string id, DateTimeOffset publishAtUtc, ContentActor actor, CancellationToken ct)
    {
        var latest = await LatestAsync(id, ct);
        if (latest is null)
            return Result.NotFound(NotFoundMessage);
        if (await RefusePublishingAsync(actor, ct) is { } refusal)
            return refusal;
        if (PublishLaterPart.Refusal(publishAtUtc, clock.GetUtcNow()) is { } tooSoonOrLate)
            return Result.Invalid(tooSoonOrLate, "publishAtUtc", tooSoonOrLate);
        latest.Status = ContentStatus.Scheduled;
        latest.ScheduledUtc = publishAtUtc;
        latest.ModifiedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return latest;
    }

    public async Task<Result<ContentItemVersion>> UnpublishAsync(string id, ContentActor actor, CancellationToken ct)
    {
        if (!actor.CanPublish)
            return Result.Forbidden("Vous n'avez pas la permission de dépublier ce contenu.");
        var published = await Versions.SingleOrDefaultAsync(v => v.ContentItemId == id && v.Published, ct);
        var latest = await LatestAsync(id, ct);
        if (latest is null)
            return Result.NotFound(NotFoundMessage);
        if (published is null)
            return Result.Conflict("Ce contenu n'est pas publié.");
        published.Published = false;
        if (published.Latest)
            published.Status = ContentStatus.Unpublished;
        latest.ModifiedUtc = clock.GetUtcNow();
        await db.Set<ContentSlug>().Where(s => s.ContentItemId == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.IsCurrent, false), ct);
        outbox.Add(new ContentUnpublished(id, latest.ContentType));
        await db.SaveChangesAsync(ct);
        await publicPages.InvalidateAsync(ct);
        return latest;
    }

    /// <summary>An editor asks for approval; the item waits in the administrators' queue.</summary>
    public async Task<Result<ContentItemVersion>> SubmitAsync(string id, ContentActor actor, CancellationToken ct)
    {
        var latest = await LatestAsync(id, ct);
        if (latest is null)
            return Result.NotFound(NotFoundMessage);
        if (latest.Status is not (ContentStatus.Draft or ContentStatus.Unpublished))
            return Result.Conflict("Seul un brouillon peut être soumis à validation.");
        latest.Status = ContentStatus.AwaitingApproval;
        latest.ModifiedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return latest;
    }

    public async Task<Result<ContentItemVersion>> ApproveAsync(string id, ContentActor actor, CancellationToken ct)
    {
        if (!actor.CanApprove)
            return Result.Forbidden("Seul un administrateur peut valider une publication.");
        var latest = await LatestAsync(id, ct);
        if (latest is null)
            return Result.NotFound(NotFoundMessage);
        if (latest.Status != ContentStatus.AwaitingApproval)
            return Result.Conflict("Ce contenu n'attend pas de validation.");
        return await PublishVersionAsync(latest, ct);
    }

    /// <summary>The reviewer sends the item back to its editor as a draft, with a comment saying what to change.</summary>
    public async Task<Result<ContentItemVersion>> SendBackAsync(string id, string? comment, ContentActor actor, CancellationToken ct)
    {
        if (!actor.CanApprove)
            return Result.Forbidden("Seul un administrateur peut renvoyer un contenu.");
        if (string.IsNullOrWhiteSpace(comment))
            return Result.Invalid("Dites à l'auteur ce qu'il faut changer.", "comment", "Le commentaire est obligatoire.");
        var latest = await LatestAsync(id, ct);
        if (latest is null)
            return Result.NotFound(NotFoundMessage);
        if (latest.Status != ContentStatus.AwaitingApproval)
            return Result.Conflict("Ce contenu n'attend pas de validation.");
        var data = JsonNode.Parse(latest.Data)!.AsObject();
        var parts = data["parts"]!.AsObject();
        parts["Approval"] = new JsonObject { ["comment"] = comment.Trim() };
        latest.Data = data.ToJsonString();
        latest.Status = ContentStatus.Draft;
        latest.ModifiedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return latest;
    }

    /// <summary>Makes an earlier version the content of a new draft; nothing of the history is lost.</summary>
    public async Task<Result<ContentItemVersion>> RestoreAsync(string id, int number, ContentActor actor, CancellationToken ct)
    {
        var latest = await LatestAsync(id, ct);
        if (latest is null)
            return Result.NotFound(NotFoundMessage);
        var source = await Versions.AsNoTracking().SingleOrDefaultAsync(v => v.ContentItemId == id && v.Number == number, ct);
        if (source is null)
            return Result.NotFound($"La version {number} n'existe pas.");
        var prepared = new PreparedContent(JsonNode.Parse(source.Data)!.AsObject(), source.DisplayText, source.Slug, source.Ambition,
            await db.Set<ContentTag>().Where(t => t.VersionId == source.Id).Select(t => t.Tag).ToListAsync(ct));
        return await AddVersionAsync(latest, prepared, actor, ContentStatus.Draft, ct,
            v => outbox.Add(new ContentUpdated(id, latest.ContentType, v.Number, actor.UserId)));
    }

    public async Task<Result> DeleteAsync(string id, ContentActor actor, CancellationToken ct)
    {
        if (!actor.CanPublish)
            return Result.Forbidden("Vous n'avez pas la permission de supprimer ce contenu.");
        var latest = await LatestAsync(id, ct);
        if (latest is null)
            return Result.NotFound(NotFoundMessage);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await BeginOwnTransactionAsync(ct);
            await db.Set<ContentSlug>().Where(s => s.ContentItemId == id).ExecuteDeleteAsync(ct);
            await Versions.Where(v => v.ContentItemId == id).ExecuteDeleteAsync(ct);
            outbox.Add(new ContentDeleted(id, latest.ContentType));
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
                await transaction.CommitAsync(ct);
        });
        await publicPages.InvalidateAsync(ct);
        return Result.Success();
    }

    /// <summary>Publishes every scheduled item whose time has come, including those due while the site was down.</summary>
    public async Task<int> PublishDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await Versions.Where(v => v.Latest && v.Status == ContentStatus.Scheduled && v.ScheduledUtc <= now)
            .OrderBy(v => v.ScheduledUtc).Take(500).ToListAsync(ct);
        var published = 0;
        foreach (var version in due)
        {
            if ((await PublishVersionAsync(version, ct, due: true)).IsOk)
                published++;
        }
        return published;
    }

    private async Task<Result.Failure?> RefusePublishingAsync(ContentActor actor, CancellationToken ct)
    {
        if (!actor.CanPublish)
            return Result.Forbidden("Vous n'avez pas la permission de publier.");
        if ((await settings.GetAsync(ct)).RequireApproval && !actor.CanApprove)
            return Result.Forbidden("La publication demande une validation dans cette agence : soumettez le contenu à un administrateur.");
        return null;
    }

    private async Task<Result<ContentItemVersion>> PublishVersionAsync(ContentItemVersion version, CancellationToken ct, bool due = false)
    {
        var result = await CommitPublicationAsync(version, ct, due);
        if (result.IsOk)
            await publicPages.InvalidateAsync(ct);
        return result;
    }

    /// <param name="due">A scheduled version whose time came: it is first taken, so that two passes picking it at once (two nodes, or the timer beside an explicit run) publish it once.</param>
    private async Task<Result<ContentItemVersion>> CommitPublicationAsync(ContentItemVersion version, CancellationToken ct, bool due = false)
    {
        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async Task<Result<ContentItemVersion>> () =>
        {
            await using var transaction = await BeginOwnTransactionAsync(ct);
            if (due && await Versions.Where(v => v.Id == version.Id && v.Latest && v.Status == ContentStatus.Scheduled)
                    .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, ContentStatus.Published), ct) == 0)
                return Result.Conflict("Ce contenu programmé a déjà été publié ou modifié entre-temps.");
            var previous = await Versions.Where(v => v.ContentItemId == version.ContentItemId && v.Published && v.Id != version.Id).ToListAsync(ct);
            foreach (var old in previous)
                old.Published = false;
            await db.SaveChangesAsync(ct);

            if (version.Slug is { } slug)
            {
                var rows = await db.Set<ContentSlug>().Where(s => s.ContentType == version.ContentType && (s.Slug == slug || s.ContentItemId == version.ContentItemId)).ToListAsync(ct);
                if (rows.Any(r => r.Slug == slug && r.ContentItemId != version.ContentItemId))
                    return Result.Conflict($"L'adresse « {slug} » est déjà utilisée par un autre contenu : changez-la avant de publier.", "parts.Slug");
                foreach (var row in rows.Where(r => r.ContentItemId == version.ContentItemId))
                    row.IsCurrent = row.Slug == slug;
                if (rows.All(r => r.Slug != slug))
                    db.Set<ContentSlug>().Add(new ContentSlug { ContentType = version.ContentType, Slug = slug, ContentItemId = version.ContentItemId, IsCurrent = true });
            }
            version.Published = true;
            version.Status = ContentStatus.Published;
            version.PublishedUtc = now;
            version.ScheduledUtc = null;
            version.ModifiedUtc = now;
            outbox.Add(new ContentPublished(version.ContentItemId, version.ContentType, version.Number, version.Slug, now));
            await shortLinks.AssignAsync(version.ContentItemId, ct);
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
                await transaction.CommitAsync(ct);
            return version;
        });
    }

    private async Task<Result<ContentItemVersion>> AddVersionAsync(ContentItemVersion latest, PreparedContent content, ContentActor actor, ContentStatus status, CancellationToken ct, Action<ContentItemVersion> raise)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async Task<Result<ContentItemVersion>> () =>
            {
                await using var transaction = await BeginOwnTransactionAsync(ct);
                // The old latest steps down first, so the "one latest version" index never sees two.
                latest.Latest = false;
                if (latest.Status == ContentStatus.Scheduled)
                    latest.Status = ContentStatus.Draft;
                await db.SaveChangesAsync(ct);
                var version = NewVersion(latest.ContentType, latest.ContentItemId, latest.Number + 1, content, latest.OwnerId, actor.UserId, clock.GetUtcNow());
                version.Status = status;
                version.CreatedUtc = latest.CreatedUtc;
                version.PublishedUtc = null;
                Versions.Add(version);
                raise(version);
                await db.SaveChangesAsync(ct);
                if (transaction is not null)
                    await transaction.CommitAsync(ct);
                return version;
            });
        }
        catch (DbUpdateException)
        {
            return Result.Conflict("Ce contenu vient d'être modifié par quelqu'un d'autre : rechargez-le avant d'enregistrer.");
        }
    }

    private static ContentItemVersion NewVersion(string type, string id, int number, PreparedContent content, string ownerId, string authorId, DateTimeOffset now) => new()
    {
        ContentItemId = id,
        Number = number,
        ContentType = type,
        Status = ContentStatus.Draft,
        Latest = true,
        Published = false,
        DisplayText = content.Title,
        Slug = content.Slug,
        Ambition = content.Ambition,
        OwnerId = ownerId,
        AuthorId = authorId,
        CreatedUtc = now,
        ModifiedUtc = now,
        Data = content.Data.ToJsonString(),
        Tags = content.Tags.Select(t => new ContentTag { Tag = t }).ToList(),
    };

    /// <summary>
    /// A transaction of its own, or none when the caller already opened one (a workflow runs its activities in the
    /// instance's transaction): the change then commits, or rolls back, with the caller's work.
    /// </summary>
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> BeginOwnTransactionAsync(CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

    private Task<ContentItemVersion?> LatestAsync(string id, CancellationToken ct) =>
        Versions.SingleOrDefaultAsync(v => v.ContentItemId == id && v.Latest, ct);

    private sealed record PreparedContent(JsonObject Data, string Title, string? Slug, int? Ambition, IReadOnlyList<string> Tags);

    /// <summary>Validates the input against the type and settles the slug: free for this item, or the reason why not.</summary>
    private async Task<Result<PreparedContent>> PrepareAsync(ContentTypeDefinition type, string id, ContentInput input, CancellationToken ct)
    {
        var (data, errors) = validator.Normalize(type, input);
        foreach (var check in checks)
            await check.CheckAsync(type, id, data, errors, ct);
        var parts = data["parts"]!.AsObject();
        var title = parts["Title"]?["title"]?.GetValue<string>() ?? type.DisplayName;
        string? slug = null;
        if (type.HasPart("Slug") && errors.Count == 0)
        {
            var requested = parts["Slug"]?["slug"]?.GetValue<string>();
            var candidate = requested ?? Slugs.Transliterate(title);
            if (candidate.Length == 0)
                candidate = "contenu";
            slug = await FreeSlugAsync(type.Name, id, candidate, mayAddSuffix: requested is null, ct);
            if (slug is null)
                errors["parts.Slug"] = [$"L'adresse « {candidate} » est déjà utilisée par un autre contenu."];
            else
                parts["Slug"] = new JsonObject { ["slug"] = slug };
        }
        if (errors.Count > 0)
            return Result.Invalid("Le contenu n'a pas été enregistré : corrigez les champs signalés.", errors);
        var ambition = parts["Ambition"]?["value"]?.GetValue<int?>();
        var tags = parts["Tags"]?["tags"]?.AsArray().Select(t => t!.GetValue<string>()).ToList() ?? [];
        return new PreparedContent(data, title, slug, ambition, tags);
    }

    private async Task<string?> FreeSlugAsync(string type, string id, string candidate, bool mayAddSuffix, CancellationToken ct)
    {
        for (var n = 1; n < 100; n++)
        {
            var slug = n == 1 ? candidate : $"{candidate}-{n}";
            var taken = await db.Set<ContentSlug>().AnyAsync(s => s.ContentType == type && s.Slug == slug && s.ContentItemId != id, ct)
                        || await Versions.AnyAsync(v => v.ContentType == type && v.Latest && v.Slug == slug && v.ContentItemId != id, ct);
            if (!taken)
                return slug;
            if (!mayAddSuffix)
                return null;
        }
        return null;
    }
}
