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

    [Theory]
    [InlineData("1e308")]
    [InlineData("\"1e400\"")]
    [InlineData("\"NaN\"")]
    [InlineData("99999999999999999999")]
    [InlineData("0")]
    [InlineData("10001")]
    [InlineData("true")]
    public void NumberField_OutsideItsDeclaredRange_IsRefusedNamingTheRange(string json)
    {
        var field = new ContentFieldDefinition { Name = "Capacity", DisplayName = "Nombre de places", Type = "Number", Min = 1, Max = 10_000 };

        var (value, errors) = Run(new NumberField(), JsonNode.Parse(json), field);

        Assert.Null(value);
        Assert.StartsWith("« Nombre de places » doit être un nombre entre 1 et 10", Assert.Single(errors));
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    public void NumberField_WithoutDeclaredRange_KeepsWithinInt32(string json) =>
        Assert.Contains("doit être un nombre entre", Assert.Single(Run(new NumberField(), JsonNode.Parse(json)).Errors));

    [Theory]
    [InlineData("Date", "0001-01-01")]
    [InlineData("Date", "9999-12-31")]
    [InlineData("Date", "1899-12-31")]
    [InlineData("DateTime", "0001-01-01T00:00")]
    [InlineData("DateTime", "9999-12-31T23:59:59Z")]
    [InlineData("DateTime", "2201-01-01T00:00")]
    public void DateFields_OutsideTheYears1900To2200_AreRefusedNamingTheRange(string kind, string text)
    {
        IContentFieldType type = kind == "Date" ? new DateField() : new DateTimeField();
        var field = new ContentFieldDefinition { Name = "Start", DisplayName = "Début", Type = kind };

        var (value, errors) = Run(type, text, field);

        Assert.Null(value);
        Assert.Equal("« Début » doit être une date entre le 01/01/1900 et le 31/12/2200.", Assert.Single(errors));
    }

    [Fact]
    public void PublishLaterPart_AcceptsTheNextTwoYearsOnly()
    {
        var now = DateTimeOffset.Parse("2026-11-25T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Null(PublishLaterPart.Refusal(now.AddDays(700), now));
        Assert.Contains("dans le futur", PublishLaterPart.Refusal(now.AddMinutes(-1), now));
        Assert.StartsWith("La date de publication programmée est au plus deux ans à l'avance", PublishLaterPart.Refusal(now.AddYears(3), now));
        Assert.NotNull(PublishLaterPart.Refusal(DateTimeOffset.MaxValue, now));
    }

    [Fact]
    public void ParticipationParts_WithDatesOrNumbersOutOfRange_RefuseThem()
    {
        var consultation = JsonNode.Parse("""
            {"opensUtc":"0001-01-01T00:00:00Z","closesUtc":"9999-12-31T23:59:59Z",
             "questions":[{"text":"Deux au plus ?","kind":"multiple","max":1e308,"options":[{"text":"A"},{"text":"B"}]}]}
            """)!.AsObject();
        var roadMap = JsonNode.Parse("""
            {"indicators":[{"name":"Logements","target":"1e400","values":[{"date":"9999-12-31","value":"NaN"}]}]}
            """)!.AsObject();
        var phases = JsonNode.Parse("""
            {"phases":[{"key":"before","start":"0001-01-01","end":"demain","updates":[{"date":"9999-12-31","text":"Point"}]}]}
            """)!.AsObject();
        var definition = new ContentPartDefinition { Name = "X" };

        var errors = new List<string>();
        new Ngp.Participation.Parts.ConsultationPart().Normalize(consultation, definition, errors);
        new Ngp.Projects.Parts.RoadMapPart().Normalize(roadMap, definition, errors);
        new Ngp.Projects.Parts.PhasesPart().Normalize(phases, definition, errors);

        Assert.Contains(ContentDates.OutOfRange("Ouverture de la concertation"), errors);
        Assert.Contains(ContentDates.OutOfRange("Clôture de la concertation"), errors);
        Assert.Contains(errors, e => e.StartsWith("« Nombre maximal de choix de la question 1 » doit être un nombre entre 1 et 2", StringComparison.Ordinal));
        Assert.Contains("La cible de l'indicateur « Logements » doit être un nombre.", errors);
        Assert.Contains("Chaque mesure de l'indicateur « Logements » a une valeur numérique.", errors);
        Assert.Contains(ContentDates.OutOfRange("Date d'une mesure (Logements)"), errors);
        Assert.Contains(ContentDates.OutOfRange("Début (avant les travaux)"), errors);
        Assert.Contains("« Fin (avant les travaux) » doit être une date (AAAA-MM-JJ).", errors);
        Assert.Contains(ContentDates.OutOfRange("Date d'un point d'étape (avant les travaux)"), errors);
    }
}
