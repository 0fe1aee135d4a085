using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using Ngp.Core.Accounts;
using Ngp.Participation.Letters;
using Ngp.Participation.Parts;
using Ngp.Print.Pdf;

namespace Ngp.Benchmarks.Scenarios;

/// <summary>
/// A consultation's letters for 2,000 leases in one PDF, in process: the participation module's letter writer and its
/// PDF layout on the print module's composer (fonts, QR codes), as <c>letters.pdf</c> runs them after issuing the
/// codes. Goal ≤ 10 s. Baseline: the same letters' text rendered as HTML pages (encoded, one section per letter) in
/// the same run.
/// </summary>
public sealed class LettersScenario : IScenario
{
    private const int Leases = 2000;

    public string Name => "letters";

    public string Description => "letters for 2,000 leases in one PDF (goal ≤ 10 s), beside the same text rendered as HTML";

    public Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var consultation = new Consultation("bench", ConsultationKinds.Dwelling, null, DateTimeOffset.UtcNow.AddDays(30), false, false, [],
        [
            new Question("finition", "Quelle finition pour votre cuisine ?", QuestionKinds.Single, null,
                [new QuestionOption("chene", "Chêne clair"), new QuestionOption("blanc", "Blanc mat"), new QuestionOption("gris", "Gris anthracite")]),
        ]);
        var expires = DateTimeOffset.UtcNow.AddDays(60);
        var letters = Enumerable.Range(1, Leases).Select(i =>
        {
            var lease = new LeaseAddress($"BENCH-{i:00000}", $"Résidence Les Alpins, bât. {(char)('A' + i % 8)}", "38000",
                $"{i % 90 + 1} avenue des Alpins", "Grenoble", $"Escalier {i % 4 + 1}, {i % 10}e étage, porte {i % 40 + 1}");
            var code = Code(i);
            return LetterWriter.Write("Agence de mesure", "#0b5394", "Rénovation des cuisines : choisissez votre finition", consultation, lease,
                $"https://ngp.example/bench/participation/courrier/{code}", code, expires);
        }).ToList();
        var pdf = new LettersPdf(new PrintComposer());

        // Warm: fonts loaded, PDFsharp's and QRCoder's code compiled, as in a running site after its first PDF.
        pdf.Render("Échauffement", letters.Take(5).ToList());
        Html(letters.Take(5).ToList());

        var start = Stopwatch.GetTimestamp();
        var bytes = pdf.Render("Courriers", letters);
        var pdfTime = Stopwatch.GetElapsedTime(start);

        start = Stopwatch.GetTimestamp();
        var html = Html(letters);
        var htmlTime = Stopwatch.GetElapsedTime(start);

        var rows = new List<ReportRow>
        {
            new("2,000 letters in one PDF", $"{pdfTime.TotalSeconds:0.00} s", $"{htmlTime.TotalMilliseconds:0} ms as HTML",
                $"{pdfTime / htmlTime:0}×", pdfTime.TotalSeconds <= 10 ? "goal ≤ 10 s: met" : "goal ≤ 10 s: NOT met"),
            new("per letter", $"{pdfTime.TotalMilliseconds / Leases:0.0} ms", $"{htmlTime.TotalMilliseconds / Leases:0.000} ms", "", ""),
            new("size", $"{bytes.Length / 1024.0 / 1024.0:0.0} MB PDF", $"{Encoding.UTF8.GetByteCount(html) / 1024.0 / 1024.0:0.0} MB HTML", "", ""),
        };
        return Task.FromResult(new ScenarioResult("Letters (PDF, in process)", rows,
        [
            "Each PDF page embeds a QR code bitmap of its own (4 pixels a module, not interpolated); the HTML baseline has no image.",
            "Issuing the 2,000 codes (one SaveChanges of 2,000 rows) is not included; the notify scenario measures such a save.",
        ]));
    }

    private static string Code(int i)
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        var chars = new char[LetterCodes.Length];
        var value = (ulong)i * 2654435761UL;
        for (var c = 0; c < chars.Length; c++)
        {
            chars[c] = alphabet[(int)(value % 32)];
            value = value / 32 + (ulong)(c * 7919);
        }
        return new string(chars);
    }

    /// <summary>The same letters as an HTML document: the text each PDF page prints, encoded, one section per letter.</summary>
    private static string Html(IReadOnlyList<Letter> letters)
    {
        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Courriers</title></head><body>");
        foreach (var letter in letters)
        {
            html.Append("<section><p>").Append(encoder.Encode(letter.AgencyName)).Append("</p><p>Référence du bail : ").Append(encoder.Encode(letter.LeaseReference)).Append("</p><address>");
            foreach (var line in letter.AddressLines)
                html.Append(encoder.Encode(line)).Append("<br>");
            html.Append("</address><h1>").Append(encoder.Encode(letter.Title)).Append("</h1><p>").Append(encoder.Encode(letter.Decided)).Append("</p><ul>");
            foreach (var question in letter.Questions)
                html.Append("<li>").Append(encoder.Encode(question)).Append("</li>");
            html.Append("</ul>");
            if (letter.Deadline is { } deadline)
                html.Append("<p><strong>").Append(encoder.Encode(deadline)).Append("</strong></p>");
            html.Append("<ul>");
            foreach (var how in letter.HowToAnswer)
                html.Append("<li>").Append(encoder.Encode(how)).Append("</li>");
            html.Append("</ul><p><a href=\"").Append(encoder.Encode(letter.Url)).Append("\">").Append(encoder.Encode(letter.Url)).Append("</a></p><p>")
                .Append(encoder.Encode(letter.CodeNote)).Append("</p></section>");
        }
        return html.Append("</body></html>").ToString();
    }
}
