namespace Ngp.Maintenance;

/// <summary>Anchor of the maintenance module's localized texts (<c>Resources/MaintenanceText.*.resx</c>); keys are the French texts.</summary>
public sealed class MaintenanceText;
