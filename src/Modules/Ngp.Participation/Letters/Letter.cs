namespace Ngp.Participation.Letters;

/// <summary>
/// What one household's letter says, in plain French, before it is laid out: the PDF prints it, and the benchmark
/// renders the same text as HTML to compare.
/// </summary>
public sealed record Letter(
    string AgencyName,
    string Colour,
    string LeaseReference,
    IReadOnlyList<string> AddressLines,
    string Building,
    string Title,
    string Decided,
    IReadOnlyList<string> Questions,
    string? Deadline,
    IReadOnlyList<string> HowToAnswer,
    string Url,
    string PrintedCode,
    string CodeNote);
