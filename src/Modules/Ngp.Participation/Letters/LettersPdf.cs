using Ngp.Print.Letters;
using Ngp.Print.Pdf;

namespace Ngp.Participation.Letters;

/// <summary>
/// Lays a consultation's letters out on A4 pages, one page per household, on the print module's composer under its
/// letter head, so that the whole letter and its QR code hold on one page.
/// </summary>
public sealed class LettersPdf(PrintComposer composer)
{
    private const double Body = LetterHead.BodySize;

    public byte[] Render(string title, IReadOnlyList<Letter> letters)
    {
        using var document = composer.Create(title, letters.Count > 0 ? letters[0].AgencyName : "NGP");
        foreach (var letter in letters)
        {
            var page = document.AddPage();
            LetterHead.Write(page, letter.AgencyName, letter.Colour, letter.LeaseReference, letter.AddressLines, letter.Building);
            page.Paragraph(letter.Title, 22, bold: true);
            page.Paragraph(letter.Decided, Body);
            page.Paragraph(letter.Questions.Count > 1 ? "Les questions posées" : "La question posée", 16, bold: true);
            page.Paragraph(string.Join("\n", letter.Questions.Select(q => "• " + q)), Body);
            if (letter.Deadline is { } deadline)
                page.Paragraph(deadline, Body, bold: true);
            page.Paragraph("Comment répondre, même sans internet", 16, bold: true);
            page.Paragraph(string.Join("\n", letter.HowToAnswer.Select(h => "• " + h)), Body);
            page.QrCode(letter.Url, "Pour répondre en ligne sans compte, scannez ce code ou tapez l'adresse :", letter.CodeNote);
        }
        return document.ToArray();
    }
}
