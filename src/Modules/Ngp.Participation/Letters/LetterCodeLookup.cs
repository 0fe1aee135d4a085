using Ngp.Participation.Data;

namespace Ngp.Participation.Letters;

/// <summary>A letter's code as it was found, with its row when it exists.</summary>
public sealed record LetterCodeLookup(LetterCodeStatus Status, LetterCode? Code);
