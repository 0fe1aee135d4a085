using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Ngp.Tests.Harness;

/// <summary>
/// A TCP relay on 127.0.0.1 between the site and its database server, which a test cuts (every connection dropped,
/// new ones closed at once) and restores: an outage of the server, without stopping the one other tests share.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly ConcurrentDictionary<TcpClient, TcpClient> _pairs = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;
    private volatile bool _cut;

    public TcpProxy(string targetHost, int targetPort)
    {
        (_targetHost, _targetPort) = (targetHost, targetPort);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Cut()
    {
        _cut = true;
        foreach (var (client, upstream) in _pairs)
            Close(client, upstream);
    }

    public void Restore() => _cut = false;

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            if (_cut)
            {
                client.Dispose();
                continue;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var upstream = new TcpClient();
        try
        {
            await upstream.ConnectAsync(_targetHost, _targetPort, _stopping.Token);
            _pairs[client] = upstream;
            await Task.WhenAny(
                client.GetStream().CopyToAsync(upstream.GetStream(), _stopping.Token),
                upstream.GetStream().CopyToAsync(client.GetStream(), _stopping.Token));
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            Close(client, upstream);
        }
    }

    private void Close(TcpClient client, TcpClient upstream)
    {
        _pairs.TryRemove(client, out _);
        client.Dispose();
        upstream.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting;
        _stopping.Dispose();
    }
}
