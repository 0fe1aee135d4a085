using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Ngp.Print.Pdf;

/// <summary>
/// PDFsharp's fonts: DejaVu Sans, regular and bold, shipped inside this assembly (licence in <c>Fonts/LICENSE-DejaVu.txt</c>),
/// so that a PDF looks the same on every server whatever fonts the system has (Linux has no font PDFsharp finds alone).
/// </summary>
public sealed class PrintFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();

    private readonly ConcurrentDictionary<string, byte[]> _faces = new();

    /// <summary>
    /// Installs the resolver once for the process: PDFsharp keeps it in a static setting and refuses a second one, and
    /// the fonts are the same for every tenant.
    /// </summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not PrintFonts)
                GlobalFontSettings.FontResolver = new PrintFonts();
        }
    }

    // Every family asked resolves to DejaVu Sans: one plain, legible face for everything printed; italics are not used.
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular);

    public byte[] GetFont(string faceName) => _faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        using var stream = typeof(PrintFonts).Assembly.GetManifestResourceStream($"Ngp.Print.Fonts.{faceName}.ttf")
                           ?? throw new InvalidOperationException($"The font {faceName} is not embedded in Ngp.Print.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
