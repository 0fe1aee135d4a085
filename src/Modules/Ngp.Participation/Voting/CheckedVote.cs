namespace Ngp.Participation.Voting;

/// <summary>A vote that <see cref="CastVote"/> has checked (open consultation, eligible voter, valid choices), ready to be written.</summary>
public sealed record CheckedVote(
    string ContentItemId, string QuestionId, string VoterKey, string UserId, string OptionIds, string LeaseReference, string Building, DateTimeOffset CastUtc);
