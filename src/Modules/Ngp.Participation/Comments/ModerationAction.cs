namespace Ngp.Participation.Comments;

public enum ModerationAction
{
    Hide,
    Restore,
    Block,
}
