using Ngp.Participation.Data;
using Ngp.Participation.Parts;

namespace Ngp.Participation.Letters;

/// <summary>A letter's code found valid, with the consultation it answers and the household's building.</summary>
public sealed record LetterInvitation(LetterCode Code, ParticipationItem Item, Consultation Consultation);
