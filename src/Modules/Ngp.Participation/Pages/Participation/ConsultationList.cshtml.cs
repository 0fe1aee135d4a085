using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Items;
using Ngp.Projects.Pages.Projects;

namespace Ngp.Participation.Pages.Participation;

public sealed class ConsultationListModel(ContentDefinitionStore definitions, ContentQuery query, ContentPrivacy privacy) : ContentListModel(definitions, query, privacy)
{
    protected override string TypeName => "Consultation";
}
