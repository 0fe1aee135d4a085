using System.Text.RegularExpressions;
using MimeKit;

namespace Ngp.Tests.Harness;

/// <summary>Reads the e-mails the site dropped in an agency's pickup folder.</summary>
public static partial class Mailbox
{
    [GeneratedRegex("https?://[^\\s\"<>]+")]
    private static partial Regex Url();

    public static IReadOnlyList<MimeMessage> For(Agency agency, string recipient)
    {
        var folder = Path.Combine(agency.Tenant.DataFolder, "mail");
        if (!Directory.Exists(folder))
            return [];
        return Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, recipient, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>
    /// The e-mails to the recipient once at least one is there: the site queues mail in its outbox and a background
    /// sender writes it a moment later, never inside the request.
    /// </summary>
    public static IReadOnlyList<MimeMessage> WaitFor(Agency agency, string recipient, int atLeast = 1)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var messages = For(agency, recipient);
            if (messages.Count >= atLeast || waited.Elapsed > TimeSpan.FromSeconds(15))
                return messages;
            Thread.Sleep(25);
        }
    }

    /// <summary>The path and query (relative to the agency) of the last link to <paramref name="path"/> mailed to the recipient.</summary>
    public static string LinkTo(Agency agency, string recipient, string path)
    {
        var message = WaitFor(agency, recipient).LastOrDefault() ?? throw new InvalidOperationException($"No e-mail to {recipient}.");
        var link = Url().Matches(message.TextBody ?? "").Select(m => new Uri(m.Value)).First(u => u.AbsolutePath.EndsWith(path, StringComparison.Ordinal));
        return link.PathAndQuery[(agency.PathBase.Length + 1)..];
    }
}
