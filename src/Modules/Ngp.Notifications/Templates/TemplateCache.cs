using System.Collections.Concurrent;
using Fluid;

namespace Ngp.Notifications.Templates;

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
