using System.ComponentModel.DataAnnotations;

namespace Ngp.Web;

/// <summary>How large a body the JSON API reads (<c>Ngp:Api:MaxRequestBodyBytes</c>); endpoints that take files declare their own.</summary>
public sealed class RequestBodyLimitOptions
{
    public const string Section = "Ngp:Api";

    /// <summary>1 Mo: the longest item the content types allow (a 100,000-character body, a few Markdown fields) takes a few hundred kilobytes of UTF-8.</summary>
    [Range(1_024, 1_073_741_824)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
