namespace Ngp.Contents.Items;

public enum ContentStatus
{
    Draft,
    Scheduled,
    AwaitingApproval,
    Published,
    Unpublished,
    Archived,
}
