using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Ngp.Notifications.Sending;

/// <summary>How many e-mails a tenant may still send in the current minute (<c>Ngp:Notifications:RatePerMinute</c>), on this sender.</summary>
public sealed class EmailRateLimiter(IOptions<NotificationOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, RateWindow> _windows = new(StringComparer.Ordinal);

    public int Allowance(string tenant)
    {
        var window = _windows.GetOrAdd(tenant, _ => new RateWindow());
        lock (window)
        {
            var now = clock.GetUtcNow();
            if (now - window.Start >= TimeSpan.FromMinutes(1))
            {
                window.Start = now;
                window.Count = 0;
            }
            return Math.Max(0, options.Value.RatePerMinute - window.Count);
        }
    }

    public void Consume(string tenant, int count)
    {
        var window = _windows.GetOrAdd(tenant, _ => new RateWindow());
        lock (window)
            window.Count += count;
    }

    private sealed class RateWindow
    {
        public DateTimeOffset Start { get; set; } = DateTimeOffset.MinValue;

        public int Count { get; set; }
    }
}
