using Ngp.Contents.Rendering;

namespace Ngp.Tests.Unit;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("<b>Fête</b> des *voisins* ; <script>alert(1)</script>apéro", "Fête des voisins ; apéro")]
    [InlineData("[Plan du quartier](https://exemple.fr/plan) &amp; <i>accès</i>", "Plan du quartier & accès")]
    [InlineData("Salle\\r\\nB", "Salle B")]
    [InlineData("1. Bilan de l'année", "1. Bilan de l'année")]
    [InlineData("- Atelier # 3 > cuisine", "- Atelier # 3 > cuisine")]
    [InlineData("<style>p{}</style><span onclick=alert(1)>Cour</span> A\\u0007", "Cour A")]
    public void Line_KeepsTheWordsPeopleRead(string typed, string plain) => Assert.Equal(plain, PlainText.Line(typed.Replace("\\r", "\r").Replace("\\n", "\n").Replace("\\u0007", "\u0007")));

    [Fact]
    public void Text_KeepsLinesAndParagraphs() =>
        Assert.Equal("Accueil — 10 min\nÉchanges **libres**\n\nFin", PlainText.Text("Accueil — 10 min\nÉchanges \\*\\*libres\\*\\*\n\n<p>Fin</p>"));
}
