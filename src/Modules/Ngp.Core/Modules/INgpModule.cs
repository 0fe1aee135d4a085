using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ngp.Core.Modules;

/// <summary>
/// The one registration class of a module: everything the module adds to the site is declared here,
/// so the host knows modules only through this contract.
/// </summary>
public interface INgpModule
{
    /// <summary>Services of the module; shared by every tenant (tenant state is resolved per scope).</summary>
    void ConfigureServices(IServiceCollection services, IConfiguration configuration) { }

    /// <summary>Endpoints mapped under every tenant's prefix (the head office at the root).</summary>
    void MapEndpoints(IEndpointRouteBuilder tenant) { }

    IEnumerable<Permission> Permissions => [];

    IEnumerable<AdminMenuItem> AdminMenu => [];

    /// <summary>Entity configurations of the module's own tables in the tenant database.</summary>
    void ConfigureModel(ModelBuilder model) { }

    /// <summary>
    /// The migrations of the tables <see cref="ConfigureModel"/> adds, when the module owns them; null while they are
    /// still created by the host's migrations.
    /// </summary>
    ModuleSchema? Schema => null;
}
