namespace Ngp.Comments.Data;

public static class CommentRules
{
    public const int MaxBody = 5_000;
    public const int MaxProposal = 2_000;
    public const int MaxDepth = 2;
    public const int ReportsToHide = 3;

    public static readonly IReadOnlyList<string> Stances = ["for", "neutral", "against"];

    public static readonly IReadOnlyList<string> Reasons = ["spam", "offensive", "off-topic"];

    public static string StanceLabel(string stance) => stance switch
    {
        "for" => "Pour",
        "against" => "Contre",
        _ => "Neutre",
    };

    public static string ReasonLabel(string reason) => reason switch
    {
        "spam" => "Indésirable (spam)",
        "offensive" => "Propos offensants",
        _ => "Hors sujet",
    };
}
