namespace Ngp.Print;

/// <summary>Anchor of the print module's localized texts (<c>Resources/PrintText.*.resx</c>); keys are the French texts.</summary>
public sealed class PrintText;
