using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Ngp.Tests.Harness;

/// <summary>
/// A real SMTP server (SmtpServer) on 127.0.0.1 in the test process: it keeps what it received, refuses the
/// recipients a test names with 550, and can be stopped and started again on the same port.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private CancellationTokenSource? _running;
    private Task? _serving;

    public TestSmtpServer(int? port = null) => Port = port ?? FreePort();

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    /// <summary>Addresses answered with <c>550 mailbox unavailable</c>.</summary>
    public ConcurrentDictionary<string, bool> Refused { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Called after each message is stored, with how many were stored so far.</summary>
    public Action<int>? OnStored { get; set; }

    /// <summary>Time the server takes to accept each message (lets two senders interleave).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>
    /// How many of the next messages are stored and then have their connection dropped before the « 250 »: the sender
    /// cannot know they arrived, and sends them again.
    /// </summary>
    public int DropAfterStoring { get; set; }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("127.0.0.1").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Filter(this));
        var server = new SmtpServer.SmtpServer(options, services);
        _running = new CancellationTokenSource();
        _serving = server.StartAsync(_running.Token);
        // Ready once it accepts a connection.
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(20);
            }
        }
        throw new InvalidOperationException($"The test SMTP server did not start on port {Port}.");
    }

    public async Task StopAsync()
    {
        if (_running is null)
            return;
        await _running.CancelAsync();
        try
        {
            await _serving!;
        }
        catch (OperationCanceledException)
        {
        }
        _running.Dispose();
        _running = null;
    }

    public IReadOnlyList<MimeMessage> To(string address) =>
        Received.Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public async ValueTask DisposeAsync() => await StopAsync();

    private sealed class Store(TestSmtpServer server) : MessageStore
    {
        private int _count;

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (server.Delay > TimeSpan.Zero)
                await Task.Delay(server.Delay, cancellationToken);
            using var stream = new MemoryStream(buffer.ToArray());
            server.Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            server.OnStored?.Invoke(Interlocked.Increment(ref _count));
            if (server.DropAfterStoring > 0)
            {
                server.DropAfterStoring--;
                ((IDisposable)context.Pipe).Dispose();
            }
            return SmtpResponse.Ok;
        }
    }

    private sealed class Filter(TestSmtpServer server) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!server.Refused.ContainsKey($"{to.User}@{to.Host}"));
    }
}
