namespace Ngp.News;

/// <summary>Anchor of the news module's localized texts (<c>Resources/NewsText.*.resx</c>); keys are the French texts.</summary>
public sealed class NewsText;
