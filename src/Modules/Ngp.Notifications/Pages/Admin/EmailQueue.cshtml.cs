using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Notifications.Data;
using Ngp.Notifications.Sending;

namespace Ngp.Notifications.Pages.Admin;

/// <summary>The outbox: what waits, what was sent, what failed and why; a dead message can be sent again.</summary>
[Authorize(Policy = "permission:ManageNotifications")]
public sealed class EmailQueueModel(NgpDbContext db, TimeProvider clock, EmailSignal signal) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "statut")]
    public EmailStatus? Status { get; set; }

    public IReadOnlyList<EmailMessage> Items { get; private set; } = [];

    public IReadOnlyDictionary<EmailStatus, int> Counts { get; private set; } = new Dictionary<EmailStatus, int>();

    [TempData]
    public string? Message { get; set; }

    public static string Label(EmailStatus status) => status switch
    {
        EmailStatus.Queued => "En attente",
        EmailStatus.Sent => "Envoyé",
        EmailStatus.Retrying => "Échec, nouvel essai prévu",
        _ => "Abandonné",
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        var emails = db.Set<EmailMessage>().AsNoTracking();
        Counts = await emails.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        if (Status is { } status)
            emails = emails.Where(m => m.Status == status);
        // Bodies stay in the database: the list needs only its columns.
        Items = await emails.OrderByDescending(m => m.Id).Take(100)
            .Select(m => new EmailMessage
            {
                Id = m.Id, Recipient = m.Recipient, Kind = m.Kind, Subject = m.Subject, HtmlBody = "", TextBody = "", IdempotencyKey = m.IdempotencyKey,
                Status = m.Status, Attempts = m.Attempts, NextAttemptTicks = m.NextAttemptTicks, LastError = m.LastError, CreatedUtc = m.CreatedUtc, SentUtc = m.SentUtc,
            })
            .ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcTicks;
        var changed = await db.Set<EmailMessage>().Where(m => m.Id == id && m.Status == EmailStatus.Dead)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, EmailStatus.Queued)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptTicks, now)
                .SetProperty(m => m.LeaseOwner, (string?)null), ct);
        signal.Pulse();
        Message = changed == 1 ? "L'e-mail est remis dans la file d'envoi." : "Cet e-mail n'est plus abandonné : rien n'a été fait.";
        return RedirectToPage(new { statut = Status });
    }
}
