namespace Ngp.Notifications.Templates;

/// <summary>Subject, HTML and text of one template.</summary>
public sealed record TemplateSource(string Subject, string Html, string Text);
