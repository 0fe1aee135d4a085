using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Modules;
using Ngp.Print.Pdf;

namespace Ngp.Print;

/// <summary>What goes on paper: A4 PDFs with QR codes (hall posters, letters), composed on the server.</summary>
public sealed class PrintModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<PrintComposer>();
    }
}
