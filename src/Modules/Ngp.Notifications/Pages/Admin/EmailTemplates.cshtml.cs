using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Settings;
using Ngp.Core.Web;
using Ngp.Notifications.Data;
using Ngp.Notifications.Templates;

namespace Ngp.Notifications.Pages.Admin;

/// <summary>The agency's e-mail templates (Liquid), per kind and language, with a preview on sample data.</summary>
[Authorize(Policy = "permission:ManageNotifications")]
public sealed class EmailTemplatesModel(NgpDbContext db, EmailTemplates templates, TemplateCache cache, ISiteSettingsStore site, SiteLinks links, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(string Kind, string Label)> Kinds { get; } =
    [
        (TemplateKinds.Notice, "Notification (tout événement sans modèle à lui)"),
        (TemplateKinds.Digest, "Résumé quotidien ou hebdomadaire"),
    ];

    [BindProperty(SupportsGet = true, Name = "modele")]
    public string Kind { get; set; } = TemplateKinds.Notice;

    [BindProperty(SupportsGet = true, Name = "langue")]
    public string Culture { get; set; } = "fr";

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Html { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public bool IsOverridden { get; private set; }

    public RenderedEmail? Preview { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Normalize();
        var source = await templates.SourceAsync(Kind, Culture, ct);
        (Subject, Html, Text) = (source.Subject, source.Html, source.Text);
        IsOverridden = await FindAsync(ct) is not null;
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        Normalize();
        IsOverridden = await FindAsync(ct) is not null;
        if (!Validate())
            return Page();
        Preview = templates.Render(new TemplateSource(Subject!, Html!, Text!), await SampleAsync(ct));
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        Normalize();
        var existing = await FindAsync(ct);
        IsOverridden = existing is not null;
        if (!Validate())
            return Page();
        try
        {
            templates.Render(new TemplateSource(Subject!, Html!, Text!), await SampleAsync(ct));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            ModelState.AddModelError(string.Empty, "Le modèle ne s'affiche pas sur l'exemple : " + e.Message);
            return Page();
        }
        existing ??= db.Set<EmailTemplateOverride>().Add(new EmailTemplateOverride { Kind = Kind, Culture = Culture, Subject = "", Html = "", Text = "" }).Entity;
        existing.Subject = Subject!;
        existing.Html = Html!;
        existing.Text = Text!;
        existing.UpdatedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        Message = "Le modèle est enregistré ; les prochains e-mails l'utilisent.";
        return RedirectToPage(new { modele = Kind, langue = Culture });
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        Normalize();
        await db.Set<EmailTemplateOverride>().Where(t => t.Kind == Kind && t.Culture == Culture).ExecuteDeleteAsync(ct);
        Message = "Le modèle par défaut est rétabli.";
        return RedirectToPage(new { modele = Kind, langue = Culture });
    }

    private void Normalize()
    {
        if (!Kinds.Any(k => k.Kind == Kind))
            Kind = TemplateKinds.Notice;
        Culture = TemplateKinds.CultureOf(Culture);
    }

    private Task<EmailTemplateOverride?> FindAsync(CancellationToken ct) =>
        db.Set<EmailTemplateOverride>().SingleOrDefaultAsync(t => t.Kind == Kind && t.Culture == Culture, ct);

    private bool Validate()
    {
        foreach (var (field, value, label) in new[] { (nameof(Subject), Subject, "l'objet"), (nameof(Html), Html, "la partie HTML"), (nameof(Text), Text, "la partie texte") })
        {
            if (string.IsNullOrWhiteSpace(value))
                ModelState.AddModelError(field, $"Écrivez {label}.");
            else if (!cache.TryParse(value, out _, out var error))
                ModelState.AddModelError(field, $"Erreur de syntaxe Liquid dans {label} : {error}");
        }
        return ModelState.ErrorCount == 0;
    }

    /// <summary>Sample data, with the characters a hostile name would use, so the preview shows they stay text.</summary>
    private async Task<EmailModel> SampleAsync(CancellationToken ct)
    {
        var settings = await site.GetAsync(ct);
        var sample = new NoticeModel
        {
            Event = "CommentReplied",
            Title = "Nouvelle réponse à votre commentaire sur « Résidence Les Tilleuls »",
            Text = "Merci pour votre proposition <sur> le local vélos : nous l'étudierons en réunion & vous tiendrons informé(e).",
            Url = links.Absolute("projets/residence-les-tilleuls"),
        };
        return new EmailModel
        {
            Culture = Culture,
            Site = new SiteModel { Name = settings.SiteName, PrimaryColor = settings.PrimaryColor, Url = links.Root },
            Recipient = new RecipientModel { Name = "Camille Martin", Email = "camille.martin@example.org" },
            Notice = sample,
            Entries = [sample, new NoticeModel { Event = "ProjectPhaseChanged", Title = "Le projet « Rénovation du bâtiment B » passe en phase « pendant les travaux »", Url = links.Absolute("projets/renovation-batiment-b") }],
            Frequency = "daily",
            UnsubscribeUrl = links.Absolute("notifications/desabonnement?jeton=exemple"),
            SettingsUrl = links.Absolute("compte/notifications"),
        };
    }
}
