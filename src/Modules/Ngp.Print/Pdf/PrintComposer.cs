namespace Ngp.Print.Pdf;

/// <summary>
/// Makes A4 documents to print (hall posters, letters): large plain text in one shipped font, French typography, QR
/// codes. One document per request; <see cref="PrintDocument"/> lays its pages out.
/// </summary>
public sealed class PrintComposer
{
    public PrintComposer() => PrintFonts.EnsureInstalled();

    public PrintDocument Create(string title, string author) => new(title, author);
}
