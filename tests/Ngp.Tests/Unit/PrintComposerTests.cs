using Ngp.Print.Pdf;
using Ngp.Tests.Harness;

namespace Ngp.Tests.Unit;

public sealed class PrintComposerTests
{
    [Theory]
    [InlineData("http://localhost/agence-1-f73b0e/a/2SNA")] // a year-ahead CI run could not read this one at 4 pixels a module
    [InlineData("https://participation.example.org/grenoble-centre/participation/courrier/AT4CNVFRFHM1")]
    public void QrCode_OfAnAddress_ReadsBackAsPrinted(string address)
    {
        using var document = new PrintComposer().Create("Affiche", "Agence");
        document.AddPage().QrCode(address, "Scannez ce code :");

        var page = Assert.Single(PrintedPdf.Read(document.ToArray()).Pages);

        Assert.Equal([address], page.QrCodes);
    }

    [Fact]
    public void Compose_TwoPagesWithQrCodes_EachPageReadsBackWithItsTextAndCode()
    {
        var composer = new PrintComposer();
        using var document = composer.Create("Réunion publique", "Agence Grenoble Centre");
        foreach (var building in new[] { "Bâtiment A", "Bâtiment B" })
        {
            var page = document.AddPage();
            page.AgencyBand("Agence Grenoble Centre", "#1d4ed8");
            page.Label(building);
            page.Title("Réunion publique : les travaux de façade");
            page.Field("Quand", "mardi 8 décembre 2026, 18 h 30 – 20 h 00");
            page.Paragraph("Venez nombreux ! Des questions ? Écrivez-nous.");
            page.QrCode("https://participation.example.org/grenoble/a/3KX9", "Pour lire la page en ligne, scannez ce code :");
        }

        var pdf = PrintedPdf.Read(document.ToArray());

        Assert.Equal(2, pdf.Pages.Count);
        Assert.Contains("Bâtiment A", pdf.Pages[0].Text);
        Assert.Contains("Bâtiment B", pdf.Pages[1].Text);
        Assert.All(pdf.Pages, page =>
        {
            Assert.Contains("Agence Grenoble Centre", page.Text);
            Assert.Contains("Réunion publique : les travaux de façade", page.Text);
            Assert.Contains("18 h 30", page.Text);
            Assert.Contains("participation.example.org/grenoble/a/3KX9", page.Text);
            Assert.Equal(["https://participation.example.org/grenoble/a/3KX9"], page.QrCodes);
        });
        // French typography: the marks stay with their word, through no-break spaces, never an ordinary one.
        Assert.Contains("publique\u00A0:", pdf.Pages[0].RawText);
        Assert.Contains("nombreux\u202F!", pdf.Pages[0].RawText);
    }

    [Fact]
    public void Compose_TextLongerThanThePage_StopsAboveTheQrCodeWithANote()
    {
        using var document = new PrintComposer().Create("Synthèse", "Agence");
        var page = document.AddPage();
        page.Title("Synthèse de la réunion");
        page.Bullets(Enumerable.Range(1, 60).Select(i => $"Décision numéro {i} prise ensemble"));
        page.QrCode("https://example.org/a/ABCD", "Scannez ce code");

        var printed = PrintedPdf.Read(document.ToArray()).Pages.Single();

        Assert.Contains("Décision numéro 1 prise", printed.Text);
        Assert.DoesNotContain("Décision numéro 60 prise", printed.Text);
        Assert.Contains("La suite est sur la page en ligne", printed.Text);
        Assert.Equal(["https://example.org/a/ABCD"], printed.QrCodes);
    }

    [Theory]
    [InlineData("Quand: demain", "Quand\u00A0: demain")]
    [InlineData("Vraiment ?", "Vraiment\u202F?")]
    [InlineData("Oui!", "Oui\u202F!")]
    [InlineData("le \"jardin partagé\"", "le «\u202Fjardin partagé\u202F»")]
    [InlineData("« déjà »", "«\u202Fdéjà\u202F»")]
    [InlineData("https://site.fr/a?x=1 à 18:30", "https://site.fr/a?x=1 à 18:30")]
    [InlineData("le 1er mars, 18 h 30", "le 1er\u00A0mars, 18\u00A0h\u00A030")]
    public void ApplyFrenchTypography_PutsNoBreakSpacesBeforeHighMarks(string text, string expected) =>
        Assert.Equal(expected, FrenchTypography.Apply(text));
}
