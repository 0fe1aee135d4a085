using Microsoft.EntityFrameworkCore;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Maintenance.Data;

namespace Ngp.Maintenance.Privacy;

/// <summary>
/// A person's requests, messages and « Moi aussi » in their export. On erasure the requests stay for the agency's
/// records, anonymised: no account, no lease; the messages stay without their author; « Moi aussi » rows go and the
/// count keeps them.
/// </summary>
public sealed class MaintenancePersonalData(NgpDbContext db, MaintenanceSettingsStore settingsStore) : IPersonalDataContributor
{
    public string Name => "maintenance";

    public IReadOnlyCollection<Type> Entities => [typeof(MaintenanceRequest), typeof(RequestEvent), typeof(RequestMessage), typeof(RequestMeToo)];

    public async Task<object?> ExportAsync(string userId, string? email, CancellationToken ct)
    {
        var requests = await db.Set<MaintenanceRequest>().AsNoTracking().Where(r => r.ResidentId == userId).OrderBy(r => r.Id).ToListAsync(ct);
        var messages = await db.Set<RequestMessage>().AsNoTracking().Where(m => m.AuthorId == userId).OrderBy(m => m.Id)
            .Join(db.Set<MaintenanceRequest>(), m => m.RequestId, r => r.Id, (m, r) => new { reference = r.Reference, body = m.Body, createdUtc = m.CreatedUtc })
            .ToListAsync(ct);
        var meToo = await db.Set<RequestMeToo>().AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Id)
            .Join(db.Set<MaintenanceRequest>(), m => m.RequestId, r => r.Id, (m, r) => new { reference = r.Reference, comment = m.Comment, createdUtc = m.CreatedUtc })
            .ToListAsync(ct);
        if (requests.Count + messages.Count + meToo.Count == 0)
            return null;
        var settings = await settingsStore.GetAsync(ct);
        var ids = requests.Select(r => r.Id).ToList();
        var events = (await db.Set<RequestEvent>().AsNoTracking().Where(e => ids.Contains(e.RequestId)).OrderBy(e => e.Id).ToListAsync(ct)).ToLookup(e => e.RequestId);
        return new
        {
            requests = requests.Select(r => new
            {
                reference = r.Reference,
                category = settings.CategoryLabel(r.Category),
                location = MaintenanceTexts.Location(r.Location),
                area = r.Location == RequestLocation.Common ? settings.AreaLabel(r.Area) : r.Area,
                building = r.Building,
                description = r.Description,
                urgency = MaintenanceTexts.Urgency(r.Urgency),
                status = MaintenanceTexts.Status(r.Status),
                createdUtc = r.CreatedUtc,
                timeline = events[r.Id].Select(e => new { step = MaintenanceTexts.Event(e.Kind), note = e.Note, atUtc = e.CreatedUtc }),
            }),
            messages,
            meToo,
        };
    }

    public async Task EraseAsync(UserDeleted deleted, CancellationToken ct)
    {
        var userId = deleted.UserId;
        await db.Set<MaintenanceRequest>().Where(r => r.ResidentId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ResidentId, UserDeleted.ErasedUserId).SetProperty(r => r.LeaseReference, (string?)null), ct);
        await db.Set<RequestEvent>().Where(e => e.ActorId == userId).ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorId, UserDeleted.ErasedUserId), ct);
        await db.Set<RequestMessage>().Where(m => m.AuthorId == userId).ExecuteUpdateAsync(s => s.SetProperty(m => m.AuthorId, UserDeleted.ErasedUserId), ct);
        await db.Set<RequestMeToo>().Where(m => m.UserId == userId).ExecuteDeleteAsync(ct);
    }
}
