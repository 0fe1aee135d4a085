using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Parts;
using Ngp.Core.Modules;
using Ngp.Core.Outbox;
using Ngp.Search.Api;
using Ngp.Search.Data;
using Ngp.Search.Indexing;

namespace Ngp.Search;

/// <summary>
/// Full-text search: a Lucene index per tenant kept in step with the indexing task log, the head office's index of
/// what agencies share with every agency (searched through <see cref="Querying.SearchService.SearchShared"/>), the search page and box, the API, and the index admin.
/// </summary>
public sealed class SearchModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section))
            .Validate(o => o.CatchUpInterval > TimeSpan.Zero && o.TaskLogPruneInterval > TimeSpan.Zero && o.BatchSize > 0 && o.PageSize is > 0 and <= 50, "Ngp:Search: CatchUpInterval, TaskLogPruneInterval, BatchSize and PageSize (1 to 50) must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IContentPart, IndexablePart>();
        services.AddOutboxConsumer<IndexingTaskConsumer>();
        services.AddSingleton<IndexStore>();
        services.AddSingleton<SearchDocumentFactory>();
        services.AddSingleton<TenantIndexer>();
        services.AddSingleton<SharedIndexer>();
        services.AddSingleton<SearchCatchUp>();
        services.AddScoped<Querying.SearchService>();
        services.AddHostedService(sp => sp.GetRequiredService<SearchCatchUp>());
        services.AddSingleton<TaskLogPruner>();
        services.AddHostedService(sp => sp.GetRequiredService<TaskLogPruner>());
        services.AddSingleton<ILayoutItem>(new LayoutItem(LayoutSlot.HeaderTools, 10, "_SearchBox"));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapSearchApi();

    public IEnumerable<Permission> Permissions => [SearchPermissions.ManageSearch];

    public IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Recherche", "/admin/recherche", SearchPermissions.ManageSearch, Order: 60),
    ];

    public void ConfigureModel(ModelBuilder model) => model.ApplyConfiguration(new IndexingTaskConfiguration());

    /// <summary>The module's tables come from its own migrations (<c>Migrations/</c>); the host created them until issue 18.</summary>
    public ModuleSchema? Schema => SearchSchema.Definition;
}
