namespace Ngp.Theme.Public;

/// <summary>Anchor of the public theme's localized texts (<c>Resources/ThemeText.*.resx</c>); keys are the French texts.</summary>
public sealed class ThemeText;
