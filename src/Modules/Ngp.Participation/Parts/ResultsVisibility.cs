namespace Ngp.Participation.Parts;

public static class ResultsVisibility
{
    public const string Live = "live";
    public const string AfterClosing = "afterClosing";
}
