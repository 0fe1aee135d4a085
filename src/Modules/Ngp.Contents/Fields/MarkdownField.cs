using Ngp.Contents.Display;
using Ngp.Contents.Indexing;

namespace Ngp.Contents.Fields;

public sealed class MarkdownField() : TextFieldBase("Markdown", "Texte mis en forme (Markdown)", 50_000, singleLine: false)
{
    public override void Index(FieldView field, ContentIndexContext context) => context.AddMarkdown(field.Text);
}
