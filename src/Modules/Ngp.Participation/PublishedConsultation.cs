using Ngp.Participation.Parts;

namespace Ngp.Participation;

/// <summary>A published consultation as votes and results read it.</summary>
public sealed record PublishedConsultation(string Id, long VersionId, string Title, Consultation Consultation);
