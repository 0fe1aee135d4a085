using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Admin;
using Ngp.Contents.Api;
using Ngp.Contents.Data;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Editors;
using Ngp.Contents.Fields;
using Ngp.Contents.Items;
using Ngp.Contents.Parts;
using Ngp.Contents.Privacy;
using Ngp.Contents.Publishing;
using Ngp.Contents.Rendering;
using Ngp.Contents.ShortLinks;
using Ngp.Contents.Steps;
using Ngp.Core.Accounts;
using Ngp.Core.Modules;
using Ngp.Core.Outbox;
using Ngp.Recipes;

namespace Ngp.Contents;

/// <summary>The content engine: types made of parts and fields, versioned items, publishing, approval and scheduling.</summary>
public sealed class ContentsModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDomainEvent<ContentCreated>("Contenu créé");
        services.AddDomainEvent<ContentUpdated>("Contenu modifié");
        services.AddDomainEvent<ContentPublished>("Contenu publié");
        services.AddDomainEvent<ContentUnpublished>("Contenu dépublié");
        services.AddDomainEvent<ContentDeleted>("Contenu supprimé");
        foreach (var part in new[] { typeof(TitlePart), typeof(SlugPart), typeof(SummaryPart), typeof(BodyPart), typeof(ImagePart), typeof(TagsPart), typeof(AmbitionPart), typeof(PublishLaterPart), typeof(ApprovalPart) })
            services.AddSingleton(typeof(IContentPart), part);
        foreach (var field in new[] { typeof(TextField), typeof(LongTextField), typeof(MarkdownField), typeof(NumberField), typeof(BooleanField), typeof(DateField), typeof(DateTimeField), typeof(ChoiceField), typeof(LinkField), typeof(ContentPickerField), typeof(UserPickerField), typeof(EmailField) })
            services.AddSingleton(typeof(IContentFieldType), field);
        services.AddSingleton<ContentPartCatalog>();
        services.AddSingleton<ContentPartEditorCatalog>();
        services.AddScoped<ContentEditorServices>();
        services.AddSingleton<ContentFieldCatalog>();
        services.AddSingleton<ContentValidator>();
        services.AddSingleton<ContentPrivacy>();
        services.AddSingleton<Indexing.ContentIndexing>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ContentDefinitionStore>();
        services.AddSingleton<ContentDefinitionCache>();
        services.AddScoped<ContentManager>();
        services.AddScoped<ContentQuery>();
        services.AddScoped<ShortLinkStore>();
        services.AddScoped<Ngp.Media.IMediaReferences, MediaUse.ContentMediaReferences>();
        services.AddScoped<IPendingWork, Admin.ContentsAwaitingApproval>();
        services.AddScoped<ContentActorFactory>();
        services.AddPersonalData<ContentPersonalData>();
        services.AddHttpContextAccessor();
        services.AddScoped<IRecipeStep, ContentDefinitionsStep>();
        services.AddScoped<IRecipeStep, ContentItemsStep>();
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
        // Default public templates (Content-Default, Part-Title…) are looked up last, so a theme's Pages/Shared wins.
        services.Configure<RazorViewEngineOptions>(o => o.PageViewLocationFormats.Add("/Pages/ContentTemplates/{0}.cshtml"));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenant)
    {
        tenant.MapContentApi();
        tenant.MapContentDisplay();
        tenant.MapShortLinks();
    }

    public IEnumerable<Permission> Permissions =>
        [ContentPermissions.EditContent, ContentPermissions.PublishContent, ContentPermissions.ApproveContent, ContentPermissions.ManageContentTypes];

    public IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Contenus", "/admin/contenus", ContentPermissions.EditContent, Order: 5),
        new("À valider", "/admin/contenus/a-valider", ContentPermissions.ApproveContent, Order: 6),
        new("Types de contenus", "/admin/types", ContentPermissions.ManageContentTypes, Order: 50),
    ];

    public void ConfigureModel(ModelBuilder model)
    {
        var configuration = new ContentConfiguration();
        model.ApplyConfiguration<ContentItemVersion>(configuration);
        model.ApplyConfiguration<ContentTag>(configuration);
        model.ApplyConfiguration<ContentSlug>(configuration);
        model.ApplyConfiguration<ContentTypeRecord>(configuration);
        model.ApplyConfiguration(new ContentShortLinkConfiguration());
    }

    /// <summary>The module's tables come from its own migrations (<c>Migrations/</c>); the host created them until issue 18.</summary>
    public ModuleSchema? Schema => ContentsSchema.Definition;
}
