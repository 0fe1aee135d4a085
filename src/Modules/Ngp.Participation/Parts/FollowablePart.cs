using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Indexing;
using Ngp.Contents.Fields;
using Ngp.Contents.Parts;
using Ngp.Core.Web;

namespace Ngp.Participation.Parts;

public sealed class FollowablePart : MarkerPart
{
    public override string Name => "Followable";

    public override string DisplayName => "Suivi";
}
