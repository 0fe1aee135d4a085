using System.ComponentModel.DataAnnotations;

namespace Ngp.Web;

/// <summary>The <c>Ngp:Telemetry</c> settings: the credential a Prometheus scraper presents at <c>/metrics</c>.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Ngp:Telemetry";

    /// <summary>
    /// Sent by the scraper as <c>Authorization: Bearer …</c>; without it only the head office's administrators read the
    /// metrics. At least 32 characters: it is checked on every scrape, with no lock-out to slow a guesser.
    /// </summary>
    [MinLength(32, ErrorMessage = "Ngp:Telemetry:MetricsToken must be at least 32 characters long (e.g. openssl rand -hex 32).")]
    public string? MetricsToken { get; set; }
}
