namespace Ngp.Print.Posters;

/// <summary>The PDF of a poster: its file name and bytes.</summary>
public sealed record PosterFile(string FileName, byte[] Content);
