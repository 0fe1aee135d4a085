namespace Ngp.Comments.Threads;

public enum ModerationAction
{
    Hide,
    Restore,
    Block,
}
