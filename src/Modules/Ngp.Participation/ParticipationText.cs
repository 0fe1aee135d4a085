namespace Ngp.Participation;

/// <summary>Anchor of the participation module's localized texts (<c>Resources/ParticipationText.*.resx</c>); keys are the French texts.</summary>
public sealed class ParticipationText;
