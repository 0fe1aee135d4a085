using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ngp.Print.Pdf;

/// <summary>
/// One A4 page written from top to bottom in large black text (readable from a step away and in black and white); the
/// agency's colour only as a band, never behind text. Text that would run into the QR code's place is cut with a note.
/// </summary>
public sealed class PrintPage : IDisposable
{
    public const double Margin = 48;
    public const double BodySize = 18;

    private const double QrSide = 150;
    private const double AddressHeight = 34;
    private const double QrBlockHeight = QrSide + AddressHeight + 24;
    private const double NoteSize = 12;
    private const double NoteGap = 8;

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly XGraphics _graphics;
    private readonly double _qrTop;
    private double _y = Margin;
    private bool _full;
    private string _overflowNote = "La suite est sur la page en ligne : voir le code ci-dessous.";
    private List<string>? _noteLines;

    internal PrintPage(PdfPage page)
    {
        _graphics = XGraphics.FromPdfPage(page);
        Width = page.Width.Point;
        Height = page.Height.Point;
        _qrTop = Height - Margin - AddressHeight - QrSide;
    }

    public double Width { get; }

    public double Height { get; }

    /// <summary>The text width between the margins.</summary>
    public double TextWidth => Width - 2 * Margin;

    /// <summary>What replaces text that does not fit on the page.</summary>
    public string OverflowNote
    {
        get => _overflowNote;
        set => (_overflowNote, _noteLines) = (value, null);
    }

    /// <summary>For drawing what the blocks below do not cover; the vertical position is <see cref="Y"/>.</summary>
    public XGraphics Graphics => _graphics;

    public double Y => _y;

    /// <summary>A band of the agency's colour across the top and its name under it, in bold black.</summary>
    public void AgencyBand(string agencyName, string? colour)
    {
        _graphics.DrawRectangle(new XSolidBrush(ParseColour(colour)), 0, 0, Width, 28);
        _y = 28 + 20;
        Line(agencyName, Font(16, bold: true), XBrushes.Black);
        _y += 4;
        _graphics.DrawLine(new XPen(XColors.Black, 1.5), Margin, _y, Width - Margin, _y);
        _y += 18;
    }

    /// <summary>A short label above the title (the building, the kind of item), in a black box with white letters.</summary>
    public void Label(string text)
    {
        var font = Font(22, bold: true);
        var value = FrenchTypography.Apply(text);
        var size = _graphics.MeasureString(value, font);
        var height = font.GetHeight() + 10;
        if (!Room(height))
            return;
        _graphics.DrawRectangle(XBrushes.Black, Margin, _y, Math.Min(size.Width + 20, TextWidth), height);
        _graphics.DrawString(value, font, XBrushes.White, new XRect(Margin + 10, _y + 5, TextWidth - 20, font.GetHeight()), XStringFormats.TopLeft);
        _y += height + 14;
    }

    public void Title(string text)
    {
        Paragraph(text, 32, bold: true);
        _y += 6;
    }

    public void Heading(string text)
    {
        _y += 8;
        Paragraph(text, 21, bold: true);
    }

    public void Paragraph(string text, double size = BodySize, bool bold = false)
    {
        var font = Font(size, bold);
        foreach (var paragraph in FrenchTypography.Apply(text).Split('\n'))
        {
            foreach (var line in Wrap(paragraph.Trim(), font, TextWidth))
                Line(line, font, XBrushes.Black);
        }
        _y += size * 0.4;
    }

    /// <summary>« Quand : mardi… » with the label in bold, the value wrapped under the same left edge.</summary>
    public void Field(string label, string value, double size = BodySize)
    {
        if (string.IsNullOrWhiteSpace(value))
            return;
        var bold = Font(size, bold: true);
        var regular = Font(size, bold: false);
        var head = FrenchTypography.Apply(label.TrimEnd() + " :") + " ";
        var headWidth = _graphics.MeasureString(head, bold).Width;
        var lines = Wrap(FrenchTypography.Apply(value), regular, TextWidth - headWidth).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Room(bold.GetHeight()))
                return;
            if (i == 0)
                _graphics.DrawString(head, bold, XBrushes.Black, new XRect(Margin, _y, headWidth, bold.GetHeight()), XStringFormats.TopLeft);
            _graphics.DrawString(lines[i], regular, XBrushes.Black, new XRect(Margin + headWidth, _y, TextWidth - headWidth, regular.GetHeight()), XStringFormats.TopLeft);
            _y += regular.GetHeight() * 1.15;
        }
        _y += 4;
    }

    public void Bullets(IEnumerable<string> items)
    {
        var font = Font(BodySize, bold: false);
        const double indent = 22;
        foreach (var item in items.Where(i => !string.IsNullOrWhiteSpace(i)))
        {
            var first = true;
            foreach (var line in Wrap(FrenchTypography.Apply(item.Trim()), font, TextWidth - indent))
            {
                if (!Room(font.GetHeight()))
                    return;
                if (first)
                    _graphics.DrawString("•", font, XBrushes.Black, new XRect(Margin, _y, indent, font.GetHeight()), XStringFormats.TopLeft);
                _graphics.DrawString(line, font, XBrushes.Black, new XRect(Margin + indent, _y, TextWidth - indent, font.GetHeight()), XStringFormats.TopLeft);
                _y += font.GetHeight() * 1.15;
                first = false;
            }
            _y += 3;
        }
        _y += BodySize * 0.4;
    }

    /// <summary>
    /// The QR code at the foot of the page, left, with what it is for beside it and the address written out under it for
    /// those who type it.
    /// </summary>
    public void QrCode(string address, string caption, string? footnote = null)
    {
        var top = Height - Margin - AddressHeight - QrSide;
        using (var image = XImage.FromStream(new MemoryStream(QrCodeImage.Bitmap(address))))
        {
            // A viewer that smoothed the few pixels of each module would blur the code: its squares stay squares.
            image.Interpolate = false;
            _graphics.DrawImage(image, Margin, top, QrSide, QrSide);
        }
        var left = Margin + QrSide + 20;
        var width = Width - Margin - left;
        var y = top + 14;
        foreach (var line in Wrap(FrenchTypography.Apply(caption), Font(16, bold: false), width))
        {
            _graphics.DrawString(line, Font(16, bold: false), XBrushes.Black, new XRect(left, y, width, 20), XStringFormats.TopLeft);
            y += 20;
        }
        if (footnote is not null)
        {
            y += 8;
            foreach (var line in Wrap(FrenchTypography.Apply(footnote), Font(13, bold: false), width))
            {
                _graphics.DrawString(line, Font(13, bold: false), XBrushes.Black, new XRect(left, y, width, 16), XStringFormats.TopLeft);
                y += 16;
            }
        }
        var shown = address.Replace("https://", "", StringComparison.Ordinal).Replace("http://", "", StringComparison.Ordinal);
        var font = FittingFont(shown, 22, TextWidth);
        _graphics.DrawString(shown, font, XBrushes.Black, new XRect(Margin, top + QrSide + 6, TextWidth, font.GetHeight()), XStringFormats.TopLeft);
    }

    public void Dispose() => _graphics.Dispose();

    public static XFont Font(double size, bool bold) =>
        new(PrintFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    private void Line(string text, XFont font, XBrush brush)
    {
        if (!Room(font.GetHeight()))
            return;
        _graphics.DrawString(text, font, brush, new XRect(Margin, _y, TextWidth, font.GetHeight()), XStringFormats.TopLeft);
        _y += font.GetHeight() * 1.15;
    }

    // Whether a line of that height still fits above the QR code with the note's room kept under it; the first line that
    // does not is replaced by the note, wrapped, so that it never runs into the text above it nor off the page.
    private bool Room(double height)
    {
        if (_full)
            return false;
        var font = Font(NoteSize, bold: true);
        _noteLines ??= Wrap(FrenchTypography.Apply(_overflowNote), font, TextWidth).ToList();
        var limit = _qrTop - NoteGap - _noteLines.Count * font.GetHeight() * 1.15;
        if (_y + height <= limit)
            return true;
        _full = true;
        var y = Math.Min(_y, limit);
        foreach (var line in _noteLines)
        {
            _graphics.DrawString(line, font, XBrushes.Black, new XRect(Margin, y, TextWidth, font.GetHeight()), XStringFormats.TopLeft);
            y += font.GetHeight() * 1.15;
        }
        return false;
    }

    // The address stays on one line (a reader types it as printed): as large as fits, down to 12 points.
    private XFont FittingFont(string text, double size, double width)
    {
        var font = Font(size, bold: true);
        while (size > 12 && _graphics.MeasureString(text, font).Width > width)
            font = Font(size -= 1, bold: true);
        return font;
    }

    // Breaks at ordinary spaces only: the no-break spaces of French typography keep « ? » and « : » with their word.
    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (_graphics.MeasureString(candidate, font).Width <= width)
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0)
                yield return line;
            line = word;
            // A word wider than the line (a long address) is cut where it must.
            while (_graphics.MeasureString(line, font).Width > width && line.Length > 1)
            {
                var cut = line.Length - 1;
                while (cut > 1 && _graphics.MeasureString(line[..cut], font).Width > width)
                    cut--;
                yield return line[..cut];
                line = line[cut..];
            }
        }
        if (line.Length > 0)
            yield return line;
    }

    private static XColor ParseColour(string? colour)
    {
        var hex = colour?.Trim().TrimStart('#');
        return hex is { Length: 6 } && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)
            ? XColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF)
            : XColors.Black;
    }
}
