namespace Ngp.Media;

/// <summary>An image decoded, turned upright and re-encoded, with its smaller copies.</summary>
internal sealed record ProcessedImage(ImageFormat Format, int Width, int Height, byte[] Original, IReadOnlyList<EncodedVariant> Variants);
