using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Modules;

namespace Ngp.Recipes;

public sealed class RecipesModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RecipeOptions>(configuration.GetSection("Ngp:Recipes"));
        services.AddSingleton<RecipeCatalog>();
        services.AddSingleton<RecipeExecutor>();
        services.AddScoped<IRecipeStep, SettingsStep>();
        services.AddScoped<IRecipeStep, RecipesStep>();
    }
}
