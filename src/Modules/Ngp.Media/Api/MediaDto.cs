namespace Ngp.Media.Api;

public sealed record MediaDto(string Id, string Url, int Width, int Height, IReadOnlyList<MediaVariantDto> Variants)
{
    public static MediaDto From(StoredImage image) =>
        new(image.Id, image.Url, image.Width, image.Height, image.Variants.Select(v => new MediaVariantDto(v.Width, v.Height, v.Url)).ToList());
}
