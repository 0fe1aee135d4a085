using Microsoft.EntityFrameworkCore;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Web;
using Ngp.Maintenance.Data;

namespace Ngp.Maintenance.Handlers;

/// <summary>What each caller may read of the requests: lists with filters, one request with its timeline.</summary>
public sealed class RequestReader(NgpDbContext db, MaintenanceSettingsStore settingsStore, IUserDirectory directory, TimeProvider clock)
{
    public const int PageSize = 25;

    public async Task<RequestList> ListAsync(MaintenanceCaller caller, RequestFilter filter, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // A filter is typed, not stored: an invisible control character (PostgreSQL refuses U+0000) is dropped, not an error.
        filter = filter with { Building = TextInput.WithoutControlCharacters(filter.Building), Category = TextInput.WithoutControlCharacters(filter.Category) };
        var query = db.Set<MaintenanceRequest>().AsNoTracking().VisibleTo(caller);
        if (filter.Status is { } status)
            query = query.Where(r => r.Status == status);
        if (filter.Open)
            query = query.Where(r => r.Status == RequestStatus.Received || r.Status == RequestStatus.InProgress);
        if (!string.IsNullOrWhiteSpace(filter.Building))
            query = query.Where(r => r.Building == filter.Building);
        if (!string.IsNullOrWhiteSpace(filter.Category))
            query = query.Where(r => r.Category == filter.Category);
        if (filter.Late)
            query = query.Where(r => (r.Status == RequestStatus.Received || r.Status == RequestStatus.InProgress) && r.DueUtc < now);
        var total = await query.CountAsync(ct);
        var page = Math.Max(1, filter.Page);
        var rows = await query.OrderByDescending(r => r.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new RequestList(await SummariesAsync(caller, rows, now, ct), page, PageSize, total);
    }

    /// <summary>The open common-area requests of the caller's building, for the « Nouvelle demande » form: « Moi aussi » rather than a duplicate.</summary>
    public async Task<IReadOnlyList<RequestSummary>> OpenInBuildingAsync(MaintenanceCaller caller, CancellationToken ct)
    {
        if (caller.Lease is not { Building: var building })
            return [];
        var rows = await db.Set<MaintenanceRequest>().AsNoTracking()
            .Where(r => r.Building == building && r.Location == RequestLocation.Common && (r.Status == RequestStatus.Received || r.Status == RequestStatus.InProgress))
            .OrderByDescending(r => r.Id).Take(50).ToListAsync(ct);
        return await SummariesAsync(caller, rows, clock.GetUtcNow(), ct);
    }

    /// <summary>The ids of these requests the caller said « Moi aussi » to.</summary>
    public async Task<IReadOnlySet<long>> MeTooOfAsync(MaintenanceCaller caller, IReadOnlyCollection<long> requestIds, CancellationToken ct) =>
        (await db.Set<RequestMeToo>().AsNoTracking().Where(m => m.UserId == caller.UserId && requestIds.Contains(m.RequestId)).Select(m => m.RequestId).ToListAsync(ct)).ToHashSet();

    public async Task<RequestDetail?> DetailAsync(MaintenanceCaller caller, long id, CancellationToken ct)
    {
        var request = await db.Set<MaintenanceRequest>().AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
            return null;
        var summary = (await SummariesAsync(caller, [request], clock.GetUtcNow(), ct))[0];
        var timeline = await db.Set<RequestEvent>().AsNoTracking().Where(e => e.RequestId == id).OrderBy(e => e.Id)
            .Select(e => new { e.Kind, e.Note, e.CreatedUtc }).ToListAsync(ct);
        var mine = request.ResidentId == caller.UserId;
        IReadOnlyList<MessageView>? messages = null;
        if (mine || caller.IsStaff)
        {
            var rows = await db.Set<RequestMessage>().AsNoTracking().Where(m => m.RequestId == id).OrderBy(m => m.Id).ToListAsync(ct);
            var names = caller.IsStaff ? await directory.PublicNamesAsync(rows.Select(m => m.AuthorId), ct) : new Dictionary<string, string>();
            messages = rows.Select(m => new MessageView(m.Id, m.FromStaff, Author(caller, m, names), m.Body, m.CreatedUtc)).ToList();
        }
        var meTooByMe = await db.Set<RequestMeToo>().AnyAsync(m => m.RequestId == id && m.UserId == caller.UserId, ct);
        var open = RequestVisibility.IsOpen(request.Status);
        return new RequestDetail(
            summary, request.Description,
            timeline.Select(e => new TimelineStep(e.Kind, MaintenanceTexts.Event(e.Kind), e.Note, e.CreatedUtc)).ToList(),
            messages, meTooByMe,
            CanMeToo: open && !mine && !meTooByMe && request.Location == RequestLocation.Common && caller.Lease?.Building == request.Building,
            CanWrite: mine || caller.IsStaff,
            CanManage: caller.IsStaff && open);
    }

    private static string Author(MaintenanceCaller caller, RequestMessage message, IReadOnlyDictionary<string, string> names)
    {
        if (message.AuthorId == caller.UserId)
            return "Vous";
        if (!caller.IsStaff)
            return message.FromStaff ? "L'agence" : "Locataire";
        return names.GetValueOrDefault(message.AuthorId) ?? PublicName.Deleted;
    }

    private async Task<IReadOnlyList<RequestSummary>> SummariesAsync(MaintenanceCaller caller, IReadOnlyList<MaintenanceRequest> rows, DateTimeOffset now, CancellationToken ct)
    {
        var settings = await settingsStore.GetAsync(ct);
        var names = caller.IsStaff && rows.Count > 0 ? await directory.PublicNamesAsync(rows.Select(r => r.ResidentId), ct) : new Dictionary<string, string>();
        return rows.Select(r => new RequestSummary(
            r.Id, r.Reference, r.Status, r.Category, settings.CategoryLabel(r.Category), r.Location, r.Area,
            r.Location == RequestLocation.Common ? settings.AreaLabel(r.Area) : r.Area,
            r.Building, r.Urgency, r.CreatedUtc, r.DueUtc, RequestVisibility.IsOpen(r.Status) && r.DueUtc < now, r.MeTooCount,
            Mine: r.ResidentId == caller.UserId,
            ResidentName: caller.IsStaff ? names.GetValueOrDefault(r.ResidentId) ?? PublicName.Deleted : null,
            LeaseReference: caller.IsStaff ? r.LeaseReference : null)).ToList();
    }
}
