using System.Globalization;
using System.Net.Mail;
using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Indexing;
using Ngp.Contents.Parts;
using Ngp.Core.Web;

namespace Ngp.Contents.Fields;

public sealed class LongTextField() : TextFieldBase("LongText", "Texte long", 5_000, singleLine: false);
