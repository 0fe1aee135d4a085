namespace Ngp.Participation.Parts;

public static class QuestionKinds
{
    public const string Single = "single";
    public const string Multiple = "multiple";
    public const string YesNo = "yesno";
    public const string Ranking = "ranking";

    public static readonly IReadOnlyList<string> All = [Single, Multiple, YesNo, Ranking];
}
