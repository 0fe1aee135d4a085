using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Templates;

/// <summary>Renders a tenant's e-mails: its own template of the kind if it has one, else the embedded default.</summary>
public sealed class EmailTemplates(NgpDbContext db, TemplateCache cache)
{
    // Escapes markup (<, >, &, quotes) but leaves accented letters as they are, so French text stays readable.
    private static readonly HtmlEncoder _html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly Dictionary<(string, string), TemplateSource> _resolved = [];

    public async Task<TemplateSource> SourceAsync(string kind, string culture, CancellationToken ct)
    {
        if (_resolved.TryGetValue((kind, culture), out var known))
            return known;
        var candidates = kind == TemplateKinds.Digest ? [kind] : new[] { kind, TemplateKinds.Notice };
        var overrides = await db.Set<EmailTemplateOverride>().AsNoTracking()
            .Where(t => candidates.Contains(t.Kind) && t.Culture == culture).ToListAsync(ct);
        var chosen = overrides.FirstOrDefault(o => o.Kind == kind) ?? overrides.FirstOrDefault();
        var source = chosen is null ? cache.Default(kind, culture) : new TemplateSource(chosen.Subject, chosen.Html, chosen.Text);
        _resolved[(kind, culture)] = source;
        return source;
    }

    public async Task<RenderedEmail> RenderAsync(string kind, EmailModel model, CancellationToken ct) =>
        Render(await SourceAsync(kind, model.Culture, ct), model);

    /// <summary>Renders a source; values are HTML-encoded in the HTML part and left as text elsewhere.</summary>
    public RenderedEmail Render(TemplateSource source, EmailModel model)
    {
        var subject = NormalizeSubject(RenderPart(source.Subject, model, html: false));
        model.Subject = subject;
        return new RenderedEmail(subject, RenderPart(source.Html, model, html: true), RenderPart(source.Text, model, html: false).Trim() + "\n");
    }

    /// <summary>Renders many recipients of one notice from one rendering of what they share (see <see cref="SharedRendering"/>).</summary>
    public SharedRendering Shared(TemplateSource source) => new(this, source);

    internal static HtmlEncoder HtmlEncoder => _html;

    /// <summary>One line, at most 250 characters.</summary>
    internal static string NormalizeSubject(string subject)
    {
        subject = string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return subject.Length > 250 ? subject[..250] : subject;
    }

    internal bool TryParse(string source, out IFluidTemplate template) => cache.TryParse(source, out template, out _);

    internal string RenderPart(string source, EmailModel model, bool html)
    {
        if (!cache.TryParse(source, out var template, out var error))
            throw new InvalidOperationException("Template error: " + error);
        var culture = CultureInfo.GetCultureInfo(model.Culture == "en" ? "en-GB" : "fr-FR");
        var context = new TemplateContext(model, cache.Options) { CultureInfo = culture };
        return template.Render(context, html ? _html : NullEncoder.Default);
    }
}
