using System.Globalization;
using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Indexing;
using Ngp.Contents.Fields;
using Ngp.Contents.Parts;
using Ngp.Core.Web;

namespace Ngp.Participation.Parts;

public sealed record Measure(string Date, double Value);
