namespace Ngp.Contents.Display;

/// <summary>Anchor of the public content templates' texts (<c>Resources/Display/DisplayText.*.resx</c>); keys are the French texts.</summary>
public sealed class DisplayText;
