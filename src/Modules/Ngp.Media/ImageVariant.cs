namespace Ngp.Media;

public sealed record ImageVariant(int Width, int Height, string Url);
