using Ngp.Participation.Parts;

namespace Ngp.Participation;

/// <summary>A consultation as its project's page lists it.</summary>
public sealed record ProjectConsultation(string Title, string? RelativeUrl, Consultation Consultation);
