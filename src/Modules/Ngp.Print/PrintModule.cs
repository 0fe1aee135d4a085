using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Admin;
using Ngp.Core.Modules;
using Ngp.Print.Letters;
using Ngp.Print.Pdf;
using Ngp.Print.Posters;

namespace Ngp.Print;

/// <summary>
/// What goes on paper: A4 PDFs with QR codes composed on the server, and the hall posters of published items (the
/// modules of meetings, consultations and projects say what their posters hold through <see cref="IPosterContent"/>).
/// </summary>
public sealed class PrintModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<PrintComposer>();
        services.AddScoped<MakePoster>();
        services.AddScoped<LetterRecipients>();
        services.AddScoped<IContentAdminAction, PosterAdminAction>();
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapPosters();
}
