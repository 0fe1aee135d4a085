namespace Ngp.Comments;

/// <summary>Anchor of the comments module's localized texts (<c>Resources/CommentsText.*.resx</c>); keys are the French texts.</summary>
public sealed class CommentsText;
