using System.Text.Json.Nodes;
using Ngp.Contents.Definitions;
using Ngp.Contents.Fields;
using Ngp.Contents.Parts;

namespace Ngp.Tests.Unit;

public sealed class ContentRulesTests
{
    [Theory]
    [InlineData("Réunion de quartier du 12 mars", "reunion-de-quartier-du-12-mars")]
    [InlineData("  L'œuvre d'art à Échirolles !  ", "l-oeuvre-d-art-a-echirolles")]
    [InlineData("Été 2026 : « fête » des voisins", "ete-2026-fete-des-voisins")]
    [InlineData("???", "")]
    public void Transliterate_GivesReadableFrenchAddresses(string title, string slug) => Assert.Equal(slug, Slugs.Transliterate(title));

    private static (JsonNode? Value, List<string> Errors) Run(IContentFieldType type, JsonNode? value, ContentFieldDefinition? field = null)
    {
        var errors = new List<string>();
        var result = type.Normalize(value, field ?? new ContentFieldDefinition { Name = "F", DisplayName = "Champ", Type = type.Type }, errors);
        return (result, errors);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox")]
    [InlineData("//ailleurs.example")]
    public void LinkField_RefusesEveryUnsafeScheme(string url)
    {
        var (value, errors) = Run(new LinkField(), url);

        Assert.Null(value);
        Assert.Single(errors);
    }

    [Fact]
    public void LinkField_KeepsWebAndMailLinks()
    {
        Assert.Equal("https://www.opac38.fr/", Run(new LinkField(), "https://www.opac38.fr")!.Value!["url"]!.GetValue<string>());
        Assert.Empty(Run(new LinkField(), "mailto:agence@exemple.fr").Errors);
    }

    [Fact]
    public void ChoiceField_RefusesValuesOutsideItsChoices_AndSeveralWhenSingle()
    {
        var field = new ContentFieldDefinition { Name = "Finition", DisplayName = "Finition", Type = "Choice", Choices = ["Chêne", "Blanc", "Gris"] };

        Assert.Empty(Run(new ChoiceField(), "Blanc", field).Errors);
        Assert.Contains("ne fait pas partie", Run(new ChoiceField(), "Rose", field).Errors.Single());
        Assert.Contains("Un seul choix", Run(new ChoiceField(), new JsonArray("Blanc", "Gris"), field).Errors.Single());
    }

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("1 200", 1200)]
    [InlineData("-3", -3)]
    public void NumberField_ReadsFrenchNumbers(string input, double expected) =>
        Assert.Equal((decimal)expected, Run(new NumberField(), input).Value!.GetValue<decimal>());

    [Fact]
    public void RequiredFields_WhenEmpty_SayWhichFieldInFrench()
    {
        var field = new ContentFieldDefinition { Name = "Bailleur", DisplayName = "Bailleur partenaire", Type = "Text", Required = true };

        Assert.Equal("« Bailleur partenaire » est obligatoire.", Run(new TextField(), "   ", field).Errors.Single());
        Assert.Equal("« Bailleur partenaire » est obligatoire.", Run(new EmailField(), null, field with { Type = "Email" }).Errors.Single());
        Assert.Equal("« Bailleur partenaire » est obligatoire.", Run(new DateField(), "", field with { Type = "Date" }).Errors.Single());
    }

    [Fact]
    public void DateTimeField_WithoutOffset_IsParisTime()
    {
        var (value, errors) = Run(new DateTimeField(), "2026-07-14T10:00");

        Assert.Empty(errors);
        Assert.Equal(DateTimeOffset.Parse("2026-07-14T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(value!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TextField_LongerThanItsMaximum_IsRefused()
    {
        var field = new ContentFieldDefinition { Name = "Code", DisplayName = "Code", Type = "Text", MaxLength = 5 };

        Assert.Contains("5 caractères", Run(new TextField(), "123456", field).Errors.Single());
    }
}
