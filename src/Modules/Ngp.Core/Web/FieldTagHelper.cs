using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ngp.Core.Web;

/// <summary>
/// <c>&lt;ngp-field asp-for="Input.Email" type="email" autocomplete="email" hint="…" /&gt;</c>: a label, an input,
/// an optional hint and the field's errors, tied together for screen readers (<c>aria-describedby</c>,
/// <c>aria-invalid</c>), the same on every form of every module.
/// </summary>
[HtmlTargetElement("ngp-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    /// <summary>text, email, password, number, date, datetime-local, file, textarea, checkbox.</summary>
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public string? Hint { get; set; }

    /// <summary>Label text when the model's display name is not the one wanted here.</summary>
    public string? Label { get; set; }

    public bool Required { get; set; }

    public string? Accept { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var label = Label ?? For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? name;
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        var describedBy = new List<string>();
        if (Hint is not null)
            describedBy.Add(id + "-hint");
        if (errors.Count > 0)
            describedBy.Add(id + "-error");

        var input = new TagBuilder(Type == "textarea" ? "textarea" : "input");
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        if (Type != "textarea")
            input.Attributes["type"] = Type;
        if (Autocomplete is not null)
            input.Attributes["autocomplete"] = Autocomplete;
        if (Accept is not null)
            input.Attributes["accept"] = Accept;
        if (Required)
            input.Attributes["required"] = "required";
        if (describedBy.Count > 0)
            input.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        if (errors.Count > 0)
            input.Attributes["aria-invalid"] = "true";

        // A password or file is never sent back to the browser; other fields keep what the person typed.
        var attempted = entry?.AttemptedValue ?? For.Model?.ToString();
        if (Type == "checkbox")
        {
            input.Attributes["value"] = "true";
            if (For.Model is true)
                input.Attributes["checked"] = "checked";
        }
        else if (Type == "textarea")
        {
            input.InnerHtml.Append(attempted ?? "");
        }
        else if (Type is not ("password" or "file"))
        {
            input.Attributes["value"] = attempted ?? "";
        }
        if (Type != "textarea")
            input.TagRenderMode = TagRenderMode.SelfClosing;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", errors.Count > 0 ? "field field-invalid" : "field");
        var labelTag = new TagBuilder("label");
        labelTag.Attributes["for"] = id;
        labelTag.InnerHtml.Append(label);
        if (Type == "checkbox")
        {
            output.Content.AppendHtml(input);
            output.Content.AppendHtml(" ");
            output.Content.AppendHtml(labelTag);
        }
        else
        {
            output.Content.AppendHtml(labelTag);
            output.Content.AppendHtml(input);
        }
        if (Hint is not null)
            output.Content.AppendHtml($"<p class=\"hint\" id=\"{id}-hint\">{HtmlEncoder.Default.Encode(Hint)}</p>");
        if (errors.Count > 0)
        {
            output.Content.AppendHtml($"<p class=\"field-error\" id=\"{id}-error\">");
            output.Content.Append(string.Join(" ", errors));
            output.Content.AppendHtml("</p>");
        }
    }
}
