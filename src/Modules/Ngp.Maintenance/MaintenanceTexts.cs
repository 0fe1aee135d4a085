using Ngp.Maintenance.Data;

namespace Ngp.Maintenance;

/// <summary>The module's French messages and labels, shared by the API and the pages (which translate them through <see cref="MaintenanceText"/>).</summary>
public static class MaintenanceTexts
{
    public const string NotFound = "Cette demande n'existe pas ou ne vous est pas accessible.";
    public const string StaffOnly = "Seule l'agence traite les demandes.";
    public const string ResidentsOnly = "Seuls les locataires dont le bail est vérifié déposent une demande.";
    public const string AlreadyFinished = "Cette demande est déjà close ou rejetée.";
    public const string TryAgain = "Demande non enregistrée : réessayez.";
    public const string TooMany = "Trop de demandes en peu de temps : patientez une minute avant de recommencer.";

    public static string Status(RequestStatus status) => status switch
    {
        RequestStatus.Received => "Reçue",
        RequestStatus.InProgress => "Prise en charge",
        RequestStatus.Closed => "Clôturée",
        _ => "Rejetée",
    };

    /// <summary>The status as the API writes and filters it.</summary>
    public static string Code(RequestStatus status) => status switch
    {
        RequestStatus.Received => "received",
        RequestStatus.InProgress => "in-progress",
        RequestStatus.Closed => "closed",
        _ => "rejected",
    };

    public static RequestStatus? ParseStatus(string? code) => code switch
    {
        "received" => RequestStatus.Received,
        "in-progress" => RequestStatus.InProgress,
        "closed" => RequestStatus.Closed,
        "rejected" => RequestStatus.Rejected,
        _ => null,
    };

    public static string Event(RequestEventKind kind) => kind switch
    {
        RequestEventKind.Filed => "Reçue",
        RequestEventKind.Taken => "Prise en charge",
        RequestEventKind.Closed => "Clôturée",
        _ => "Rejetée",
    };

    public static string Location(RequestLocation location) => location == RequestLocation.Common ? "Partie commune" : "Mon logement";

    public static string Urgency(RequestUrgency urgency) => urgency == RequestUrgency.Urgent ? "Urgente" : "Normale";
}
