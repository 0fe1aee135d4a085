namespace Ngp.Workflows.Activities;

public static class Outcomes
{
    public const string Done = "Done";
    public const string Failed = "Failed";
    public const string True = "True";
    public const string False = "False";
}
