using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Editors;
using Ngp.Contents.Parts;
using Ngp.Core.Modules;
using Ngp.Core.Notifications;
using Ngp.Core.Outbox;
using Ngp.Projects.Background;
using Ngp.Projects.Data;
using Ngp.Projects.Editors;
using Ngp.Projects.Parts;

namespace Ngp.Projects;

/// <summary>
/// Projects: their phases (before, during, after the works) and road map (stakeholders, dialogue, objectives,
/// indicators), their editors, the list <c>/projets</c>, the project's poster, the stakeholders audience, and the
/// tracker that raises <see cref="ProjectPhaseChanged"/> and <see cref="IndicatorUpdated"/>. Higher modules add
/// blocks to a project's page through <see cref="ProjectPageSection"/> (the consultations that belong to it).
/// </summary>
public sealed class ProjectsModule : INgpModule
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddDomainEvent<ProjectPhaseChanged>("Changement de phase d'un projet");
        services.AddDomainEvent<IndicatorUpdated>("Indicateur de la feuille de route mis à jour");
        services.AddSingleton<IContentPart, PhasesPart>();
        services.AddSingleton<IContentPart, RoadMapPart>();
        services.AddSingleton<IContentPartEditor, PhasesEditor>();
        services.AddSingleton<IContentPartEditor, RoadMapEditor>();
        services.AddScoped<Print.Posters.IPosterContent, ProjectPoster>();
        services.AddAudience<StakeholdersAudience>(AudienceKinds.Stakeholders, "Les parties prenantes de la feuille de route du projet");
        services.AddOutboxConsumer<ProjectTracker>();
        services.AddSingleton<ILayoutItem>(new LayoutItem(LayoutSlot.Navigation, 20, "_ProjectsNavigation"));
    }

    public void ConfigureModel(ModelBuilder model) => model.ApplyConfiguration(new ProjectStateConfiguration());

    /// <summary>The module's tables come from its own migrations (<c>Migrations/</c>).</summary>
    public ModuleSchema? Schema => ProjectsSchema.Definition;
}
