namespace Ngp.Participation.Parts;

public sealed record Stakeholder(string Name, string Role, string? Email);
