namespace Ngp.OpenData;

/// <summary>Anchor of the open-data module's localized texts (<c>Resources/OpenDataText.*.resx</c>); keys are the French texts.</summary>
public sealed class OpenDataText;
