using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Modules;
using Ngp.News.Feeds;

namespace Ngp.News;

/// <summary>News for residents: the paged list, the latest news on the home page, RSS and Atom feeds.</summary>
public sealed class NewsModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<NewsReader>();
        services.AddSingleton<IHomeSection, NewsHomeSection>();
        services.AddScoped<Ngp.Core.OpenData.IOpenDataset, OpenData.NewsDataset>();
        services.AddScoped<Print.Posters.IPosterContent, NewsPoster>();
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapNewsFeeds();
}
