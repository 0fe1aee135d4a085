using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Items;

namespace Ngp.Projects.Pages.Projects;

public sealed class ProjectListModel(ContentDefinitionStore definitions, ContentQuery query, ContentPrivacy privacy) : ContentListModel(definitions, query, privacy)
{
    protected override string TypeName => "Project";
}
