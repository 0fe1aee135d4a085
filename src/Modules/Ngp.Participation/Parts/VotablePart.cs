using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Indexing;
using Ngp.Contents.Fields;
using Ngp.Contents.Parts;
using Ngp.Core.Web;

namespace Ngp.Participation.Parts;

public sealed class VotablePart : MarkerPart
{
    public override string Name => "Votable";

    public override string DisplayName => "Votes";
}
