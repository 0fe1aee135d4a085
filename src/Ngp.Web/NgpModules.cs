using Ngp.ActionPlan;
using Ngp.Comments;
using Ngp.Contents;
using Ngp.Core;
using Ngp.Core.Modules;
using Ngp.Follows;
using Ngp.GoodPractices;
using Ngp.Maintenance;
using Ngp.Media;
using Ngp.Meetings;
using Ngp.News;
using Ngp.OpenData;
using Ngp.Notifications;
using Ngp.Participation;
using Ngp.Print;
using Ngp.Projects;
using Ngp.Recipes;
using Ngp.Search;
using Ngp.Tenants;
using Ngp.Theme.Admin;
using Ngp.Theme.Public;
using Ngp.Users;
using Ngp.Workflows;

namespace Ngp.Web;

/// <summary>The one place where the site's modules are listed, in the order they register.</summary>
public static class NgpModules
{
    public static IReadOnlyList<INgpModule> All { get; } =
    [
        new CoreModule(),
        new RecipesModule(),
        new TenantsModule(),
        new UsersModule(),
        new MediaModule(),
        new ContentsModule(),
        new FollowsModule(),
        new CommentsModule(),
        new PrintModule(),
        new NewsModule(),
        new MeetingsModule(),
        new NotificationsModule(),
        new ProjectsModule(),
        new ParticipationModule(),
        new ActionPlanModule(),
        new SearchModule(),
        new GoodPracticesModule(),
        new OpenDataModule(),
        new WorkflowsModule(),
        new MaintenanceModule(),
        new PublicThemeModule(),
        new AdminThemeModule(),
    ];
}
