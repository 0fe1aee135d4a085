using QRCoder;

namespace Ngp.Print.Pdf;

/// <summary>
/// A QR code as a black-on-white bitmap, sharp at the size a poster or a letter prints it. BMP because PDFsharp's core
/// build reads it without a graphics library (it refuses QRCoder's one-bit PNG).
/// </summary>
public static class QrCodeImage
{
    // 12 pixels a module: about 300 dpi at the 4 to 6 cm a printed code takes, so no viewer or printer blurs its edges.
    private const int PixelsPerModule = 12;

    public static byte[] Bitmap(string text)
    {
        using var generator = new QRCodeGenerator();
        // Level M survives a scuffed or badly lit hall poster and keeps the code small enough to scan from a step away.
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var bitmap = new BitmapByteQRCode(data);
        return bitmap.GetGraphic(PixelsPerModule);
    }
}
