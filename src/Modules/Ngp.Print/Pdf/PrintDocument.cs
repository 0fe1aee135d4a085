using PdfSharp.Pdf;

namespace Ngp.Print.Pdf;

/// <summary>A PDF being written: add A4 pages, then take its bytes.</summary>
public sealed class PrintDocument : IDisposable
{
    private readonly PdfDocument _pdf = new();
    private PrintPage? _current;

    internal PrintDocument(string title, string author)
    {
        _pdf.Info.Title = title;
        _pdf.Info.Author = author;
        _pdf.Info.Creator = "NGP";
        _pdf.Language = "fr-FR";
        _pdf.Options.CompressContentStreams = true;
    }

    public int PageCount => _pdf.PageCount;

    public PrintPage AddPage()
    {
        _current?.Dispose();
        var page = _pdf.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _current = new PrintPage(page);
        return _current;
    }

    public byte[] ToArray()
    {
        _current?.Dispose();
        _current = null;
        using var stream = new MemoryStream();
        _pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _current?.Dispose();
        _pdf.Dispose();
    }
}
