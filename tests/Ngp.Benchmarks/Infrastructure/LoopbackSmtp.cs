using System.Buffers;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Net;
using System.Net.Sockets;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.IO;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Ngp.Benchmarks.Infrastructure;

/// <summary>
/// An SMTP server on 127.0.0.1 that accepts everything and only counts: the recipients accepted whose address ends
/// with <see cref="Domain"/>, and the time the last of them was accepted. The site sends to it as to a real relay.
/// Its connections have Nagle's algorithm off: the SmtpServer package writes each pipelined reply on its own, and
/// with Nagle on the second one waits for the client's delayed ACK (40 ms on Linux), which caps any client at about
/// 23 messages per second on loopback — the test server's limit, not the sender's (a relay such as Postfix answers
/// a pipelined group in one write).
/// </summary>
public sealed class LoopbackSmtp(string domain) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _serving;
    private int _accepted;
    private long _lastTimestamp;

    public string Domain { get; } = domain;

    public int Port { get; } = FreePort();

    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary><see cref="Stopwatch.GetTimestamp"/> of the last counted recipient; 0 before the first.</summary>
    public long LastTimestamp => Interlocked.Read(ref _lastTimestamp);

    public async Task StartAsync(CancellationToken ct)
    {
        var options = new SmtpServerOptionsBuilder().ServerName("127.0.0.1").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new CountingStore(this));
        services.Add(new NoDelayListenerFactory());
        _serving = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        for (var i = 0; i < 250; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port, ct);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(20, ct);
            }
        }
        throw new InvalidOperationException($"The loopback SMTP server did not start on port {Port}.");
    }

    /// <summary>Waits until <paramref name="count"/> recipients were accepted, or the timeout; returns whether they were.</summary>
    public async Task<bool> WaitForAsync(int count, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (Accepted < count)
        {
            if (deadline.Elapsed > timeout)
                return false;
            await Task.Delay(20, ct);
        }
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_serving is not null)
                await _serving;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class NoDelayListenerFactory : IEndpointListenerFactory
    {
        public IEndpointListener CreateListener(IEndpointDefinition endpointDefinition)
        {
            var listener = new TcpListener(endpointDefinition.Endpoint);
            listener.Start();
            return new NoDelayListener(listener);
        }
    }

    private sealed class NoDelayListener(TcpListener listener) : IEndpointListener
    {
        public async Task<ISecurableDuplexPipe> GetPipeAsync(ISessionContext context, CancellationToken cancellationToken)
        {
            var client = await listener.AcceptTcpClientAsync(cancellationToken);
            client.NoDelay = true;
            context.Properties[EndpointListener.LocalEndPointKey] = client.Client.LocalEndPoint!;
            context.Properties[EndpointListener.RemoteEndPointKey] = client.Client.RemoteEndPoint!;
            return new PlainPipe(client);
        }

        public void Dispose() => listener.Stop();
    }

    /// <summary>The connection's stream as the pipe the server reads and writes; no STARTTLS on loopback.</summary>
    private sealed class PlainPipe(TcpClient client) : ISecurableDuplexPipe
    {
        private readonly NetworkStream _stream = client.GetStream();

        public PipeReader Input { get; } = PipeReader.Create(client.GetStream());

        public PipeWriter Output { get; } = PipeWriter.Create(client.GetStream());

        public bool IsSecure => false;

        public SslProtocols SslProtocol => SslProtocols.None;

        public Task UpgradeAsync(X509Certificate certificate, SslProtocols protocols, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The loopback benchmark server does not offer TLS.");

        public void Dispose()
        {
            _stream.Dispose();
            client.Dispose();
        }
    }

    private sealed class CountingStore(LoopbackSmtp server) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var counted = transaction.To.Count(m => m.Host.EndsWith(server.Domain, StringComparison.OrdinalIgnoreCase));
            if (counted > 0)
            {
                Interlocked.Exchange(ref server._lastTimestamp, Stopwatch.GetTimestamp());
                Interlocked.Add(ref server._accepted, counted);
            }
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
