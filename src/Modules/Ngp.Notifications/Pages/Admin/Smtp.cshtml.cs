using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ngp.Core.Data;
using Ngp.Core.Settings;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Notifications.Data;
using Ngp.Notifications.Sending;
using Ngp.Notifications.Templates;

namespace Ngp.Notifications.Pages.Admin;

/// <summary>The agency's SMTP server, and a test e-mail sent through the outbox like any other.</summary>
[Authorize(Policy = "permission:ManageNotifications")]
public sealed class SmtpModel(SmtpSettingsStore store, EmailQueue queue, EmailTemplates templates, ISiteSettingsStore site, SiteLinks links, NgpDbContext db, ITenantContext tenantContext) : PageModel
{
    public static readonly IReadOnlyList<(SmtpTlsMode Mode, string Label)> TlsModes =
    [
        (SmtpTlsMode.Auto, "Automatique (selon le port)"),
        (SmtpTlsMode.StartTls, "STARTTLS"),
        (SmtpTlsMode.SslOnConnect, "TLS dès la connexion (port 465)"),
        (SmtpTlsMode.None, "Aucun (réseau interne seulement)"),
    ];

    [BindProperty]
    public SmtpForm Input { get; set; } = new();

    [BindProperty]
    public string? TestAddress { get; set; }

    public bool HasPassword { get; private set; }

    public string Effective { get; private set; } = "";

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var own = await store.GetOwnAsync(ct);
        if (own is not null)
            Input = new SmtpForm { Host = own.Host, Port = own.Port, TlsMode = own.TlsMode, UserName = own.UserName, SenderName = own.SenderName, SenderAddress = own.SenderAddress };
        await DescribeAsync(ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var result = await store.SaveAsync(new SmtpSettingsInput(Input.Host, Input.Port, Input.TlsMode, Input.UserName, Input.Password, Input.SenderName, Input.SenderAddress, Input.ClearPassword), ct);
        if (!result.IsOk)
        {
            ModelState.AddModelError(string.Empty, result.Message!);
            foreach (var (field, messages) in result.Errors)
                ModelState.AddModelError($"Input.{field}", string.Join(" ", messages));
            await DescribeAsync(ct);
            return Page();
        }
        Message = "Les réglages SMTP sont enregistrés.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTestAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(TestAddress) || !MimeKit.MailboxAddress.TryParse(TestAddress.Trim(), out var parsed) || !parsed.Address.Contains('@'))
        {
            ModelState.AddModelError(nameof(TestAddress), "Indiquez une adresse e-mail valide.");
            await OnGetAsync(ct);
            return Page();
        }
        var settings = await site.GetAsync(ct);
        var rendered = await templates.RenderAsync(TemplateKinds.Notice, new EmailModel
        {
            Culture = "fr",
            Site = new SiteModel { Name = settings.SiteName, PrimaryColor = settings.PrimaryColor, Url = links.Root },
            Recipient = new RecipientModel { Email = parsed.Address },
            Notice = new NoticeModel { Event = "test", Title = "E-mail de test de " + settings.SiteName, Text = "Si vous lisez ce message, le serveur d'envoi fonctionne.", Url = links.Root },
            SettingsUrl = links.Absolute("compte/notifications"),
        }, ct);
        queue.Add(parsed.Address, null, null, "test", rendered.Subject, rendered.Html, rendered.Text, null, Guid.NewGuid().ToString("N"));
        await db.SaveChangesAsync(ct);
        Message = $"L'e-mail de test à {parsed.Address} est dans la file d'envoi.";
        return RedirectToPage();
    }

    private async Task DescribeAsync(CancellationToken ct)
    {
        var own = await store.GetOwnAsync(ct);
        HasPassword = own?.ProtectedPassword is not null;
        var effective = await store.EffectiveAsync(ct);
        Effective = effective is null
            ? "Aucun serveur SMTP n'est réglé : les e-mails sont déposés en fichiers .eml dans le dossier mail/ de l'agence."
            : effective.Origin == tenantContext.Tenant.Name
                ? $"Les e-mails partent par {effective.Host}:{effective.Port}."
                : $"L'agence n'a pas de serveur à elle : les e-mails partent par celui du siège ({effective.Host}:{effective.Port}).";
    }
}
