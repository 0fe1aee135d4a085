using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Items;

namespace Ngp.Participation.Pages.Participation;

public sealed class ProjetsModel(ContentDefinitionStore definitions, ContentQuery query, ContentPrivacy privacy) : ListModel(definitions, query, privacy)
{
    protected override string TypeName => "Project";
}
