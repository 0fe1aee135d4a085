using Ngp.Core.Accounts;
using Ngp.Core.Results;
using Ngp.Core.Web;
using Ngp.Participation.Data;
using Ngp.Participation.Parts;
using Ngp.Participation.Voting;

namespace Ngp.Participation.Letters;

/// <summary>A letter's code found valid, with the consultation it answers and the household's building.</summary>
public sealed record LetterInvitation(LetterCode Code, ParticipationItem Item, Consultation Consultation);
