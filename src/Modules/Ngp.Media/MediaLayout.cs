using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Ngp.Media;

/// <summary>
/// Where images live: <c>&lt;tenant folder&gt;/media/yyyy/MM/&lt;32 hex&gt;/</c> holding <c>original.&lt;ext&gt;</c> and one
/// <c>&lt;width&gt;.&lt;ext&gt;</c> per variant; served at <c>&lt;prefix&gt;/media/&lt;same path&gt;</c>.
/// </summary>
public static partial class MediaLayout
{
    public const string FolderName = "media";

    public const string OriginalName = "original";

    /// <summary>Widths of the resized copies; an image gets those narrower than itself (never enlarged).</summary>
    public static IReadOnlyList<int> VariantWidths { get; } = [480, 960, 1600];

    // [0-9] rather than \d (which takes any Unicode digit) and \z rather than $ (which allows a final newline).
    [GeneratedRegex(@"^(?<id>[0-9]{4}/(?:0[1-9]|1[0-2])/[0-9a-f]{32})\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(?<id>[0-9]{4}/(?:0[1-9]|1[0-2])/[0-9a-f]{32})/(?<name>original|480|960|1600)\.(?<ext>jpg|png|webp)\z", RegexOptions.CultureInvariant)]
    private static partial Regex FilePattern();

    [GeneratedRegex(@"media/(?<id>[0-9]{4}/(?:0[1-9]|1[0-2])/[0-9a-f]{32})/", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    /// <summary>The ids of the stored images a text names (<c>media/2026/05/9f…/960.jpg</c>, in JSON or Markdown alike).</summary>
    public static IEnumerable<string> IdsIn(string text) => ReferencePattern().Matches(text).Select(m => m.Groups["id"].Value);

    public static string NewId(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"{now.UtcDateTime:yyyy}/{now.UtcDateTime:MM}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}");

    public static bool IsId(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <summary>True when <paramref name="path"/> is exactly <c>yyyy/MM/&lt;id&gt;/&lt;name&gt;.&lt;ext&gt;</c> with a known name and format.</summary>
    public static bool TryParseFile(string? path, out ImageFormat format)
    {
        format = ImageFormat.Jpeg;
        var match = path is null ? null : FilePattern().Match(path);
        if (match is not { Success: true })
            return false;
        format = ImageFormat.FromExtension(match.Groups["ext"].Value)!;
        return true;
    }

    public static string FileName(int? width, ImageFormat format) =>
        (width is { } w ? w.ToString(CultureInfo.InvariantCulture) : OriginalName) + "." + format.Extension;

    /// <summary>Height of a copy <paramref name="width"/> wide of a <paramref name="sourceWidth"/> × <paramref name="sourceHeight"/> image.</summary>
    public static int ScaledHeight(int width, int sourceWidth, int sourceHeight) =>
        Math.Max(1, (int)Math.Round((double)sourceHeight * width / sourceWidth, MidpointRounding.AwayFromZero));

    public static IEnumerable<int> WidthsFor(int sourceWidth) => VariantWidths.Where(w => w < sourceWidth);

    /// <summary>French size for messages: « 5 Mo », « 100 Ko », « 1,5 Mo ».</summary>
    public static string FormatSize(long bytes)
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        return bytes switch
        {
            >= 1024 * 1024 => ((double)bytes / (1024 * 1024)).ToString("0.#", french) + " Mo",
            >= 1024 => ((double)bytes / 1024).ToString("0.#", french) + " Ko",
            _ => bytes.ToString(french) + " octets",
        };
    }
}
