namespace Ngp.Participation.Comments;

/// <summary>One comment in the thread partial, with its item (for reply links) and whether the viewer is signed in.</summary>
public sealed record CommentItemView(CommentView Comment, string ContentItemId, bool SignedIn);
