namespace Ngp.Contents.Display;

/// <summary>
/// A field a module relies on to hold personal data (the meetings module's <c>InvitedEmails</c>), registered by that
/// module: private on every site, whatever its stored definition says, including definitions made before the
/// setting existed.
/// </summary>
public sealed record PersonalDataField(string Field);
