namespace Ngp.Meetings;

/// <summary>The French messages of the meetings' use cases (the API and the pages show them as they are).</summary>
public static class MeetingTexts
{
    public const string NotFound = "Cette réunion n'existe pas ou n'est pas publiée.";
    public const string RegistrationClosed = "Les inscriptions sont closes : la réunion a commencé ou est terminée.";
    public const string CancellationClosed = "La réunion a commencé : l'inscription ne peut plus être annulée.";
    public const string NotRegistered = "Vous n'êtes pas inscrit à cette réunion.";
    public const string TryAgain = "L'inscription n'a pas pu être enregistrée ; réessayez.";
    public const string NotStarted = "Une réunion se clôt une fois commencée.";
    public const string AlreadyClosed = "Cette réunion est déjà close : sa synthèse existe.";
}
