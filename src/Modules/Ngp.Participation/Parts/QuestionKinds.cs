using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Indexing;
using Ngp.Contents.Fields;
using Ngp.Contents.Parts;
using Ngp.Core.Web;

namespace Ngp.Participation.Parts;

public static class QuestionKinds
{
    public const string Single = "single";
    public const string Multiple = "multiple";
    public const string YesNo = "yesno";
    public const string Ranking = "ranking";

    public static readonly IReadOnlyList<string> All = [Single, Multiple, YesNo, Ranking];
}
