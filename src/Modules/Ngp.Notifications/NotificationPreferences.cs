using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Notifications.Data;
using Ngp.Notifications.Sending;

namespace Ngp.Notifications;

/// <summary>A person's choice of how often they hear of what they follow; the one-click unsubscribe.</summary>
public sealed class NotificationPreferences(NgpDbContext db, TimeProvider clock, UnsubscribeLinks links)
{
    public async Task<NotificationSettingsView> GetAsync(string userId, CancellationToken ct)
    {
        var preference = await db.Set<NotificationPreference>().AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, ct);
        return new NotificationSettingsView(Frequencies.Name(preference?.Frequency ?? NotificationFrequency.Daily), preference?.Unsubscribed ?? false);
    }

    /// <summary>Choosing a frequency also undoes an earlier unsubscribe: the person has just said what they want.</summary>
    public async Task<Result<NotificationSettingsView>> SetAsync(string userId, string? frequency, string? culture, CancellationToken ct)
    {
        if (Frequencies.Parse(frequency) is not { } parsed)
        {
            return Result.Invalid("Choisissez une fréquence : immediate (tout de suite), daily (un résumé par jour), weekly (un par semaine) ou none (jamais).",
                "frequency", "Fréquence inconnue : immediate, daily, weekly ou none.");
        }
        var preference = await db.Set<NotificationPreference>().SingleOrDefaultAsync(p => p.UserId == userId, ct)
                         ?? db.Set<NotificationPreference>().Add(new NotificationPreference { UserId = userId }).Entity;
        preference.Frequency = parsed;
        preference.Unsubscribed = false;
        preference.Culture = Templates.TemplateKinds.CultureOf(culture);
        preference.UpdatedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return new NotificationSettingsView(Frequencies.Name(parsed), false);
    }

    public bool IsValidLink(string? token) => links.Read(token) is not null;

    /// <summary>Uses an unsubscribe link: once only, and only a link this tenant signed.</summary>
    public async Task<Result> UnsubscribeAsync(string? token, CancellationToken ct)
    {
        var target = links.Read(token);
        if (target is null)
            return Result.Invalid("Ce lien de désabonnement n'est pas valide.");
        if (await db.Set<UsedUnsubscribeLink>().AnyAsync(u => u.Nonce == target.Nonce, ct))
            return Result.Conflict("Ce lien de désabonnement a déjà servi : vous êtes désabonné(e).");
        var now = clock.GetUtcNow();
        db.Set<UsedUnsubscribeLink>().Add(new UsedUnsubscribeLink { Nonce = target.Nonce, UsedUtc = now });
        if (target.UserId is not null)
        {
            var preference = await db.Set<NotificationPreference>().SingleOrDefaultAsync(p => p.UserId == target.UserId, ct)
                             ?? db.Set<NotificationPreference>().Add(new NotificationPreference { UserId = target.UserId }).Entity;
            preference.Unsubscribed = true;
            preference.UpdatedUtc = now;
        }
        else if (target.Email is not null)
        {
            var email = target.Email.ToLowerInvariant();
            if (!await db.Set<EmailOptOut>().AnyAsync(o => o.Email == email, ct))
                db.Set<EmailOptOut>().Add(new EmailOptOut { Email = email, CreatedUtc = now });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Result.Conflict("Ce lien de désabonnement a déjà servi : vous êtes désabonné(e).");
        }
        return Result.Success();
    }
}
