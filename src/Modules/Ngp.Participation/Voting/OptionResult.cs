namespace Ngp.Participation.Voting;

/// <summary>An option's count; <paramref name="Offline"/> of its votes came by letter or were recorded at the desk.</summary>
public sealed record OptionResult(string Id, string Text, int Votes, double Percent, int? Points, int Offline = 0);
