using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Ngp.Web.Https;

/// <summary>
/// <c>Ngp:Proxy</c>: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed, besides
/// the loopback addresses the framework trusts by default. From anyone else the headers are ignored, so a visitor
/// cannot pass for HTTPS or for another address.
/// </summary>
public sealed class ProxyOptions
{
    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation (<c>10.0.0.0/8</c>).</summary>
    public IReadOnlyList<string> KnownNetworks { get; set; } = [];

    public void ApplyTo(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in KnownProxies)
        {
            if (!IPAddress.TryParse(proxy, out var address))
                throw new InvalidOperationException($"Ngp:Proxy:KnownProxies: '{proxy}' is not an IP address.");
            options.KnownProxies.Add(address);
        }
        foreach (var network in KnownNetworks)
        {
            if (!System.Net.IPNetwork.TryParse(network, out var parsed))
                throw new InvalidOperationException($"Ngp:Proxy:KnownNetworks: '{network}' is not a network in CIDR notation (10.0.0.0/8).");
            options.KnownIPNetworks.Add(parsed);
        }
    }
}
