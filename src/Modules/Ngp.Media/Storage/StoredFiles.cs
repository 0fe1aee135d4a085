namespace Ngp.Media.Storage;

/// <summary>An image as stored: its format, the original's size, the widths of its variants.</summary>
internal sealed record StoredFiles(ImageFormat Format, int Width, int Height, IReadOnlyList<int> VariantWidths);
