namespace Ngp.Participation.Data;

/// <summary>How a household answered without voting online; null on a vote is online.</summary>
public static class VoteChannels
{
    /// <summary>Through the single-use code printed on the household's letter.</summary>
    public const string Letter = "letter";

    /// <summary>Recorded by staff on the household's behalf: a paper reply, at the agency's desk or by phone.</summary>
    public const string Desk = "desk";

    /// <summary>What a vote row names as its account when no account answered (a letter's code, staff at the desk).</summary>
    public const string NoAccount = "no-account";

    public static string Label(string? channel) => channel switch
    {
        Letter => "par courrier (code du courrier)",
        Desk => "par courrier / à l'accueil (saisie par l'agence)",
        _ => "en ligne",
    };
}
