namespace Ngp.Follows;

/// <summary>Anchor of the follows module's localized texts (<c>Resources/FollowsText.*.resx</c>); keys are the French texts.</summary>
public sealed class FollowsText;
