namespace Ngp.Media.Api;

public sealed record MediaVariantDto(int Width, int Height, string Url);
