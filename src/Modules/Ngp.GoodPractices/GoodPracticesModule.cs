using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Definitions;
using Ngp.Contents.Indexing;
using Ngp.Contents.Items;
using Ngp.Core.Modules;
using Ngp.GoodPractices.Api;

namespace Ngp.GoodPractices;

/// <summary>
/// Good-practice records (fiches de bonne pratique). The type itself (title, ambition, themes, context, what was
/// done, results with figures, what to avoid, partners, contact, attachments, the « shared » mark) is defined in
/// <c>recipes/agency.recipe.json</c> and stored by the content engine; agents write them with the content
/// permissions the agency recipe grants. This module brings their public page (<c>Content-GoodPractice</c>),
/// checks the attachments (<see cref="AttachmentsCheck"/>) and tells the index a practice's themes and whether it is
/// shared with every agency (<see cref="GoodPracticeIndexHandler"/>), and offers the records every agency shares
/// (<c>/bonnes-pratiques/toutes-les-agences</c>, <c>api/v1/good-practices/search</c>) through Ngp.Search's shared index.
/// </summary>
public sealed class GoodPracticesModule : INgpModule
{
    public const string TypeName = "GoodPractice";

    public const string ThemesField = "Themes";

    public const string SharedField = "Shared";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddRequiredFields("les bonnes pratiques", TypeName, (ThemesField, "Choice"), (SharedField, "Boolean"), ("Partners", "LongText"), ("ContactPerson", "Text"),
            ("ContactEmail", "Email"));
        services.AddScoped<IContentCheck, AttachmentsCheck>();
        services.AddSingleton<IContentIndexHandler, GoodPracticeIndexHandler>();
        services.AddScoped<Ngp.Core.OpenData.IOpenDataset, OpenData.GoodPracticesDataset>();
        services.AddSingleton<ILayoutItem>(new LayoutItem(LayoutSlot.Navigation, 30, "_SharedPracticesNavigation"));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant) => tenant.MapGoodPracticesApi();

    public IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Bonnes pratiques de toutes les agences", "/bonnes-pratiques/toutes-les-agences", Ngp.Contents.ContentPermissions.EditContent, Order: 7),
    ];
}
