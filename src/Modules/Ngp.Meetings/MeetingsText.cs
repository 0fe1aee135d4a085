namespace Ngp.Meetings;

/// <summary>Anchor of the meetings module's localized texts (<c>Resources/MeetingsText.*.resx</c>); keys are the French texts.</summary>
public sealed class MeetingsText;
