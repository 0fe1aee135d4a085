namespace Ngp.Print.Posters;

public sealed record PosterField(string Label, string Value);
