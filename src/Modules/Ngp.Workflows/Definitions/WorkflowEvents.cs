namespace Ngp.Workflows.Definitions;

/// <summary>
/// Start events the editor offers. Events are matched by name, so an event another module adds later starts
/// workflows as soon as it is raised; this list only gives the editor French labels.
/// </summary>
public static class WorkflowEvents
{
    public const string Timer = "Timer";
    public const string Signal = "Signal";

    /// <summary>Outbox event raised by a signed signal URL; it starts the one type it names.</summary>
    public const string Signalled = "WorkflowSignalled";

    public static readonly IReadOnlyList<(string Name, string Label)> Known =
    [
        ("ContentCreated", "Contenu créé"),
        ("ContentUpdated", "Contenu modifié"),
        ("ContentPublished", "Contenu publié"),
        ("ContentUnpublished", "Contenu dépublié"),
        ("ContentDeleted", "Contenu supprimé"),
        ("UserRegistered", "Inscription d'un utilisateur"),
        ("CommentPosted", "Commentaire publié"),
        ("CommentReported", "Commentaire signalé"),
        ("VoteCast", "Vote enregistré"),
        ("ConsultationOpened", "Concertation ouverte"),
        ("ConsultationClosed", "Concertation close"),
        ("MeetingPublished", "Réunion publiée"),
        ("RegistrationCreated", "Inscription à une réunion"),
        ("RegistrationCancelled", "Inscription à une réunion annulée"),
        ("RegistrationPromoted", "Place libérée pour une personne en attente"),
        ("MeetingEnded", "Réunion terminée"),
        ("MeetingClosed", "Réunion close"),
        ("SynthesisPublished", "Synthèse de réunion publiée"),
        (Timer, "Minuterie (cron ou date)"),
        (Signal, "Signal (adresse signée)"),
    ];

    public static string Label(string name) => Known.FirstOrDefault(k => k.Name == name).Label ?? name;
}
