namespace Ngp.Maintenance;

/// <summary>
/// An agency's maintenance settings (kept in the site settings table under its own key), written by the
/// <c>maintenance</c> recipe step. An agency created before the module gets these defaults, which are the recipe's.
/// </summary>
public sealed record MaintenanceSettings
{
    public const string Key = "maintenance";

    /// <summary>First part of a reference: « GC » in « GC-2026-00412 ».</summary>
    public string ReferencePrefix { get; init; } = "GC";

    /// <summary>Time the agency gives itself for an urgent request.</summary>
    public int UrgentDelayHours { get; init; } = 24;

    /// <summary>Time the agency gives itself for a normal request.</summary>
    public int NormalDelayDays { get; init; } = 8;

    public IReadOnlyList<MaintenanceChoice> Categories { get; init; } =
    [
        new("plomberie", "Plomberie"),
        new("chauffage", "Chauffage"),
        new("electricite", "Électricité"),
        new("ascenseur", "Ascenseur"),
        new("parties-communes", "Parties communes"),
        new("espaces-exterieurs", "Espaces extérieurs"),
        new("nuisibles", "Nuisibles"),
        new("voisinage", "Voisinage"),
        new("autre", "Autre"),
    ];

    public IReadOnlyList<MaintenanceChoice> CommonAreas { get; init; } =
    [
        new("hall", "Hall d'entrée"),
        new("escalier", "Escalier"),
        new("ascenseur", "Ascenseur"),
        new("parking", "Parking"),
        new("caves", "Caves"),
        new("local-poubelles", "Local poubelles"),
        new("espaces-verts", "Espaces verts"),
        new("autre", "Autre partie commune"),
    ];

    public TimeSpan DelayFor(Data.RequestUrgency urgency) =>
        urgency == Data.RequestUrgency.Urgent ? TimeSpan.FromHours(UrgentDelayHours) : TimeSpan.FromDays(NormalDelayDays);

    public string CategoryLabel(string key) => Categories.FirstOrDefault(c => c.Key == key)?.Label ?? key;

    public string? AreaLabel(string? key) => key is null ? null : CommonAreas.FirstOrDefault(a => a.Key == key)?.Label ?? key;
}
