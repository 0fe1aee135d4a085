namespace Ngp.Maintenance.Data;

public enum RequestLocation
{
    /// <summary>The resident's own dwelling, from their lease: only they and the agency see the request.</summary>
    Dwelling,

    /// <summary>A common area of their building: the building's residents see it and may add « Moi aussi ».</summary>
    Common,
}
