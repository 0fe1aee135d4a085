using QRCoder;

namespace Ngp.Print.Pdf;

/// <summary>
/// A QR code as a black-on-white bitmap, sharp at the size a poster or a letter prints it. BMP because PDFsharp's core
/// build reads it without a graphics library (it refuses QRCoder's one-bit PNG).
/// </summary>
public static class QrCodeImage
{
    // Four pixels a module, drawn without interpolation (PrintPage): edges stay sharp at any size in viewers and
    // printers, and the bitmap PDFsharp compresses per page is a ninth of what twelve pixels a module gave (letters
    // print 2,000 of them in one PDF: see docs/decisions/0008-letters-pdf-speed.md).
    private const int PixelsPerModule = 4;

    public static byte[] Bitmap(string text)
    {
        using var generator = new QRCodeGenerator();
        // Level M survives a scuffed or badly lit hall poster and keeps the code small enough to scan from a step away.
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var bitmap = new BitmapByteQRCode(data);
        return bitmap.GetGraphic(PixelsPerModule);
    }
}
