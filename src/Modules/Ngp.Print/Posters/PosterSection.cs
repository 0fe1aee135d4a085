namespace Ngp.Print.Posters;

public sealed record PosterSection(string Heading, IReadOnlyList<string> Points);
