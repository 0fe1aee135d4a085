using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Ngp.Core.Modules;
using Ngp.Core.Tenancy;
using Ngp.Tenants;
using Ngp.Tenants.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Ngp.Web.Data;
using Ngp.Web.Errors;
using Ngp.Web.Https;

namespace Ngp.Web;

/// <summary>Builds the site from its modules: one service collection, one pipeline, every request in one tenant.</summary>
public static class NgpHost
{
    public static readonly CultureInfo[] Cultures = [new("fr-FR"), new("en-GB")];

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.UseStaticWebAssets();
        MapEnvironmentVariables(builder.Configuration);
        configure?.Invoke(builder);

        var services = builder.Services;
        var modules = NgpModules.All;
        services.AddSingleton(new ModuleCatalog(modules));
        foreach (var module in modules)
            module.ConfigureServices(services, builder.Configuration);
        services.AddTenantDatabases();

        services.AddProblemDetails(o => o.CustomizeProblemDetails = FrenchProblemDetails.Apply);
        // Requests the framework cannot read reach BadRequestProblems, which answers them in French.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestProblems>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new Ngp.Core.Web.TextJsonConverter()));
        services.AddOptions<RequestBodyLimitOptions>().Bind(builder.Configuration.GetSection(RequestBodyLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        // French pages: accented letters are written as they are, not as numeric entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages()
            // A form checks the fields it declares, with French messages: never « The Culture field is required. » for
            // a property that only happens to be non-nullable.
            .AddMvcOptions(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true)
            // The confirmation messages' cookie is Secure over HTTPS, its deletion included.
            .AddCookieTempDataProvider(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest)
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (type, factory) => factory.Create(TextsOf(type)));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".ngp.antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__ngp_csrf";
        });
        // Behind a proxy the request is HTTPS when the proxy says so, and only then: cookies are Secure, HSTS is sent.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, configuration) =>
            (configuration.GetSection("Ngp:Proxy").Get<ProxyOptions>() ?? new ProxyOptions()).ApplyTo(o));
        services.Configure<HttpsOptions>(o => o.Hsts = builder.Environment.IsProduction());
        services.Configure<HttpsOptions>(builder.Configuration.GetSection("Ngp:Https"));
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "NGP — API";
            document.Info.Description = "API JSON du site participatif NGP. Authentification par cookie du site ou par jeton (POST api/v1/auth/token).";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<TenantDatabasesHealthCheck>("databases");
        services.AddNgpTelemetry(builder.Configuration);
        services.AddOptions<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        var databases = new TenantDatabases(
            Microsoft.Extensions.Options.Options.Create(builder.Configuration.GetSection("Ngp").Get<NgpOptions>() ?? new NgpOptions()),
            builder.Environment);
        AddKeyRing(services, builder.Configuration, builder.Environment, databases);

        var app = builder.Build();
        Configure(app, modules);
        app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app));
        return app;
    }

    /// <summary>
    /// The data-protection keys: in the host database on PostgreSQL, which every web node shares, else in <c>keys/</c> in
    /// the data folder; encrypted with the certificate of <see cref="KeyRingSettings"/> when one is set. In Production the
    /// site will not write keys in clear unless told to. Where the keys go is read from the final configuration when the
    /// key ring is first used, so that settings added after this method (a test host's) choose it too.
    /// </summary>
    private static void AddKeyRing(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, TenantDatabases databases)
    {
        var keyRing = services.AddDataProtection().SetApplicationName("ngp");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            var loggers = sp.GetRequiredService<ILoggerFactory>();
            var final = sp.GetRequiredService<TenantDatabases>();
            o.XmlRepository = final.Provider == DatabaseProvider.Postgres
                ? new EntityFrameworkCoreXmlRepository<PostgresHostDbContext>(sp, loggers)
                : new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(final.DataPath, "keys")), loggers);
        }));

        var settings = configuration.GetSection(KeyRingSettings.Section).Get<KeyRingSettings>() ?? new KeyRingSettings();
        if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            keyRing.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath, settings.CertificatePassword));
            return;
        }
        if (environment.IsProduction() && !settings.AllowUnprotectedKeys)
        {
            var place = databases.Provider == DatabaseProvider.Postgres ? "the host database (table DataProtectionKeys)" : Path.Combine(databases.DataPath, "keys");
            throw new InvalidOperationException(
                $"The data-protection keys in {place} would be written unencrypted. Set {KeyRingSettings.Section}:CertificatePath " +
                $"(and {KeyRingSettings.Section}:CertificatePassword) to a .pfx certificate that encrypts them, or set " +
                $"{KeyRingSettings.Section}:AllowUnprotectedKeys=true to accept keys protected by file or database permissions only.");
        }
    }

    private static void Configure(WebApplication app, IReadOnlyList<INgpModule> modules)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorResponses.HandleExceptionAsync });
        // Outside any tenant: /healthz/live answers while the process runs (for a restart), /healthz/ready (and /healthz)
        // while the host database and every running tenant's database answer too (for a proxy choosing a node).
        app.UseHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        app.UseHealthChecks("/healthz/ready");
        app.UseHealthChecks("/healthz");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<TenantResolutionMiddleware>();
        // Inside the tenant, so that the error page is the agency's own, under its address.
        app.UseStatusCodePages(ErrorResponses.HandleStatusCodeAsync);
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseMiddleware<RequestBodyLimit>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<Ngp.Users.Security.CookieApiForgeryGuard>();
        app.UseOutputCache();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi("api/v1/openapi.json").AllowAnonymous();
        app.MapNgpMetrics();
        foreach (var module in modules)
            module.MapEndpoints(app);
        app.MapRazorPages();
    }

    /// <summary>
    /// Labels and validation messages of a module's forms come from that module's texts (<c>UsersText</c> for
    /// Ngp.Users): a class named <c>*Text</c> in the assembly's root namespace, keys in French.
    /// </summary>
    private static Type TextsOf(Type modelType) =>
        modelType.Assembly.GetTypes().FirstOrDefault(t => t.Name.EndsWith("Text", StringComparison.Ordinal) && t.Namespace == modelType.Assembly.GetName().Name)
        ?? modelType;

    /// <summary>The documented environment variables, mapped onto their configuration keys.</summary>
    private static void MapEnvironmentVariables(ConfigurationManager configuration)
    {
        var map = new Dictionary<string, string>
        {
            ["NGP_ADMIN_EMAIL"] = "Ngp:Setup:AdminEmail",
            ["NGP_ADMIN_PASSWORD"] = "Ngp:Setup:AdminPassword",
            ["NGP_DATA_PATH"] = "Ngp:DataPath",
        };
        var values = map
            .Select(p => (Key: p.Value, Value: Environment.GetEnvironmentVariable(p.Key)))
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .ToDictionary(p => p.Key, p => p.Value);
        if (values.Count > 0)
            configuration.AddInMemoryCollection(values);
    }

    /// <summary>Once the server listens, prints each tenant's address and the administrator's login.</summary>
    private static void PrintBanner(WebApplication app)
    {
        var report = app.Services.GetRequiredService<TenantsStartupService>().Report;
        if (report is null)
            return;
        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses;
        var baseUrl = (addresses?.FirstOrDefault() ?? "http://localhost:5000").TrimEnd('/')
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal);
        var lines = new List<string> { "", "NGP — sites des agences :" };
        foreach (var tenant in report.Tenants)
            lines.Add($"  {tenant.DisplayName,-32} {baseUrl}{tenant.PathBase}/  ({tenant.State})");
        lines.Add($"  Administration du siège : {baseUrl}/admin");
        lines.Add($"  Identifiant administrateur : {report.AdminEmail}");
        if (report.GeneratedPassword is not null)
            lines.Add($"  Mot de passe généré (affiché une seule fois, notez-le) : {report.GeneratedPassword}");
        else if (report.FirstRun)
            lines.Add("  Mot de passe : celui de NGP_ADMIN_PASSWORD");
        else
            lines.Add("  Mot de passe : celui choisi au premier lancement");
        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
