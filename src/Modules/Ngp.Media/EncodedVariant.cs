namespace Ngp.Media;

internal sealed record EncodedVariant(int Width, int Height, byte[] Bytes);
