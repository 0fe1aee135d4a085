using System.Globalization;
using System.Net.Mail;
using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Indexing;
using Ngp.Contents.Parts;
using Ngp.Core.Web;

namespace Ngp.Contents.Fields;

public sealed class TextField() : TextFieldBase("Text", "Texte court", 200, singleLine: true);
