using System.Text.RegularExpressions;
using SkiaSharp;
using UglyToad.PdfPig;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Ngp.Tests.Harness;

/// <summary>
/// A PDF as a reader of the printed page meets it: its pages, the text of each (PdfPig's extraction, no-break spaces
/// read as spaces) and what the QR codes of each say (the embedded image decoded by ZXing).
/// </summary>
public sealed partial class PrintedPdf
{
    private PrintedPdf(IReadOnlyList<PrintedPage> pages) => Pages = pages;

    public IReadOnlyList<PrintedPage> Pages { get; }

    public static PrintedPdf Read(byte[] pdf)
    {
        Assert.True(pdf.Length > 4 && pdf[0] == '%' && pdf[1] == 'P' && pdf[2] == 'D' && pdf[3] == 'F', "Not a PDF.");
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages()
            .Select(page => new PrintedPage(
                page.Text,
                Spaces().Replace(string.Join(" ", page.GetWords().Select(w => w.Text)).Replace('\u00A0', ' ').Replace('\u202F', ' '), " "),
                page.GetImages().Select(Decode).OfType<string>().ToList()))
            .ToList();
        return new PrintedPdf(pages);
    }

    private static string? Decode(UglyToad.PdfPig.Content.IPdfImage image)
    {
        if (!image.TryGetPng(out var png))
            return null;
        using var bitmap = SKBitmap.Decode(png);
        // The page prints the few pixels of each module as sharp squares 150 pt wide (no interpolation): the reader
        // gets them at about a printer's resolution, each pixel repeated, as a camera would see the printed code.
        var scale = Math.Max(1, (int)Math.Ceiling(600.0 / bitmap.Width));
        var (width, height) = (bitmap.Width * scale, bitmap.Height * scale);
        var luminance = new byte[width * height];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var pixel = bitmap.GetPixel(x / scale, y / scale);
                luminance[y * width + x] = (byte)((pixel.Red * 299 + pixel.Green * 587 + pixel.Blue * 114) / 1000);
            }
        var source = new RGBLuminanceSource(luminance, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        // The image is the code alone, upright: read as such, not searched for in a photograph.
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true };
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints)?.Text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <param name="RawText">The letters as PdfPig reads them, no-break spaces kept.</param>
/// <param name="Text">The words separated by single ordinary spaces, for « contains » assertions.</param>
/// <param name="QrCodes">What each QR code of the page decodes to.</param>
public sealed record PrintedPage(string RawText, string Text, IReadOnlyList<string> QrCodes);
