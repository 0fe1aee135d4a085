using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Definitions;
using Ngp.Contents.Items;
using Ngp.Core.Modules;

namespace Ngp.GoodPractices;

/// <summary>
/// Good-practice records (fiches de bonne pratique). The type itself (title, ambition, themes, context, what was
/// done, results with figures, what to avoid, partners, contact, attachments, the « shared » mark) is defined in
/// <c>recipes/agency.recipe.json</c> and stored by the content engine; agents write them with the content
/// permissions the agency recipe grants. This module brings their public page (<c>Content-GoodPractice</c>);
/// search and the cross-agency index come from Ngp.Search through the type's <c>Indexable</c> part. It checks the
/// attachments (<see cref="AttachmentsCheck"/>).
/// </summary>
public sealed class GoodPracticesModule : INgpModule
{
    public const string TypeName = "GoodPractice";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddRequiredFields("les bonnes pratiques", TypeName, ("Themes", "Choice"), ("Shared", "Boolean"), ("Partners", "LongText"), ("ContactPerson", "Text"),
            ("ContactEmail", "Email"));
        services.AddScoped<IContentCheck, AttachmentsCheck>();
        services.AddScoped<Ngp.Core.OpenData.IOpenDataset, OpenData.GoodPracticesDataset>();
    }
}
