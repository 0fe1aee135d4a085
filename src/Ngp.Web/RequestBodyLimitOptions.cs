using System.ComponentModel.DataAnnotations;

namespace Ngp.Web;

/// <summary>How large a body the JSON API reads (<c>Ngp:Api:MaxRequestBodyBytes</c>); endpoints that take files declare their own.</summary>
public sealed class RequestBodyLimitOptions
{
    public const string Section = "Ngp:Api";

    /// <summary>1 Mo: three times the longest item the content types allow, written in the worst JSON escaping.</summary>
    [Range(1_024, 1_073_741_824)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
