using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Notifications.Data;

namespace Ngp.Notifications.Templates;

/// <summary>The kinds of template an administrator can change; any event kind may also have its own.</summary>
public static class TemplateKinds
{
    /// <summary>One notice sent at once; the default for every event without its own template.</summary>
    public const string Notice = "Notice";

    /// <summary>The daily or weekly digest.</summary>
    public const string Digest = "Digest";

    public static readonly IReadOnlyList<string> Cultures = ["fr", "en"];

    public static string CultureOf(string? culture) => culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "fr";
}

/// <summary>Subject, HTML and text of one template.</summary>
public sealed record TemplateSource(string Subject, string Html, string Text);

public sealed record RenderedEmail(string Subject, string Html, string Text);

public sealed class SiteModel
{
    public required string Name { get; init; }

    public required string PrimaryColor { get; init; }

    public required string Url { get; init; }
}

public sealed class RecipientModel
{
    public string? Name { get; init; }

    public required string Email { get; init; }
}

public sealed class NoticeModel
{
    public required string Event { get; init; }

    public required string Title { get; init; }

    public string? Text { get; init; }

    public string? Url { get; init; }
}

/// <summary>What every template sees. Every value is plain text: the HTML part encodes it.</summary>
public sealed class EmailModel
{
    public required string Culture { get; init; }

    public string? Subject { get; set; }

    public required SiteModel Site { get; init; }

    public required RecipientModel Recipient { get; init; }

    public NoticeModel? Notice { get; init; }

    public IReadOnlyDictionary<string, object?> Data { get; init; } = new Dictionary<string, object?>();

    public IReadOnlyList<NoticeModel> Entries { get; init; } = [];

    /// <summary><c>daily</c> or <c>weekly</c> in a digest.</summary>
    public string? Frequency { get; init; }

    public string? UnsubscribeUrl { get; init; }

    public required string SettingsUrl { get; init; }
}

/// <summary>
/// Parsed Liquid templates, shared by every tenant and keyed by their source text (a tenant's edit is a new key),
/// so 5,000 recipients of one event parse the template once.
/// </summary>
public sealed class TemplateCache
{
    private static readonly FluidParser _parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TemplateSource> _defaults = new(StringComparer.Ordinal);

    public TemplateCache()
    {
        Options = new TemplateOptions();
        Options.MemberAccessStrategy.Register<SiteModel>();
        Options.MemberAccessStrategy.Register<RecipientModel>();
        Options.MemberAccessStrategy.Register<NoticeModel>();
        Options.MemberAccessStrategy.Register<EmailModel>();
    }

    public TemplateOptions Options { get; }

    /// <summary>Parses a template, or says in French what is wrong with it (for the admin editor).</summary>
    public bool TryParse(string source, out IFluidTemplate template, out string? error)
    {
        if (_parsed.TryGetValue(source, out template!))
        {
            error = null;
            return true;
        }
        if (!_parser.TryParse(source, out template!, out error))
            return false;
        _parsed.TryAdd(source, template);
        return true;
    }

    /// <summary>The embedded default of a kind (Notice for an event without its own) in the language.</summary>
    public TemplateSource Default(string kind, string culture)
    {
        var name = kind == TemplateKinds.Digest ? TemplateKinds.Digest : TemplateKinds.Notice;
        return _defaults.GetOrAdd($"{name}.{culture}", key => new TemplateSource(Read($"{key}.subject"), Read($"{key}.html"), Read($"{key}.text")));
    }

    private static string Read(string name)
    {
        var assembly = typeof(TemplateCache).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith($".Defaults.{name}.liquid", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

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
