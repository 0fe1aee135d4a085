using System.Globalization;
using System.Net.Mail;
using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Display;
using Ngp.Contents.Indexing;
using Ngp.Contents.Parts;
using Ngp.Core.Web;

namespace Ngp.Contents.Fields;

public sealed class MarkdownField() : TextFieldBase("Markdown", "Texte mis en forme (Markdown)", 50_000, singleLine: false)
{
    public override void Index(FieldView field, ContentIndexContext context) => context.AddMarkdown(field.Text);
}
