namespace Ngp.Comments;

/// <summary>A tenant's comment settings (kept in the site settings table under their own key).</summary>
public sealed record CommentsSettings
{
    /// <summary>The key of the participation module, which kept this setting before comments became a module.</summary>
    public const string Key = "participation";

    /// <summary>New comments on every type wait for a moderator before anyone else sees them (a type can ask it alone: <see cref="CommentPolicy.PreModeration"/>).</summary>
    public bool PreModeration { get; init; }
}
