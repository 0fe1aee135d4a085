using Ngp.Core.Web;

namespace Ngp.Tests.Unit;

public sealed class SafeUrlTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("  JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("//ailleurs.example/page")]
    [InlineData("/etc/passwd")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://exemple.fr/doc.pdf")]
    [InlineData("https://agence.example@pirate.example/")]
    [InlineData("mailto:javascript:alert(1)")]
    [InlineData("mailto:agence@exemple.fr%0Abcc:autre@exemple.fr")]
    [InlineData("")]
    public void WebOrMail_AnythingButAWebPageOrAMailbox_IsRefused(string url) => Assert.Null(SafeUrl.WebOrMail(url));

    [Theory]
    [InlineData("https://www.opac38.fr", "https://www.opac38.fr/")]
    [InlineData(" http://exemple.fr/guide.pdf?page=2 ", "http://exemple.fr/guide.pdf?page=2")]
    [InlineData("mailto:agence@exemple.fr", "mailto:agence@exemple.fr")]
    public void WebOrMail_WebPagesAndMailboxes_AreKeptReadyForAnHref(string url, string href) => Assert.Equal(href, SafeUrl.WebOrMail(url));

    [Fact]
    public void Web_MeansAWebPage_NotAMailbox() => Assert.Null(SafeUrl.Web("mailto:agence@exemple.fr"));

    [Theory]
    [InlineData("media/2026/11/abc-960.jpg", true)]
    [InlineData("media/../keys/key.xml", false)]
    [InlineData("https://pirate.example/media/x.jpg", false)]
    [InlineData("media/x.jpg\" onerror=\"alert(1)", false)]
    [InlineData("javascript:alert(1)//media/", false)]
    public void MediaPath_OnlyTheSitesOwnImages(string path, bool kept) => Assert.Equal(kept ? path : null, SafeUrl.MediaPath(path));
}
