namespace Ngp.Comments.Threads;

/// <summary>One comment in the thread partial, with its item (for reply links), whether the viewer is signed in, what the type allows.</summary>
public sealed record CommentItemView(CommentView Comment, string ContentItemId, bool SignedIn, CommentPolicy Policy);
