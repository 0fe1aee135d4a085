namespace Ngp.Projects.Parts;

public sealed record Stakeholder(string Name, string Role, string? Email);
