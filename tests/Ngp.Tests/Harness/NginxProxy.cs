using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Ngp.Tests.Harness;

/// <summary>
/// Debian's nginx as the reverse proxy in front of web nodes, on 127.0.0.1, run as a child process over its own
/// folder (<c>nginx -p folder -c nginx.conf -g 'daemon off;'</c>). Its <c>location</c> block is the README's
/// (« Several web nodes »); its access log names the node that answered each request.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";
    private const int SigTerm = 15;

    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public static bool IsInstalled => File.Exists(Binary);

    /// <summary>The configuration the test runs: one upstream of the nodes, the README's proxy settings.</summary>
    public static string Configuration(int port, IEnumerable<int> nodePorts) => $$"""
        worker_processes 1;
        pid nginx.pid;
        error_log error.log warn;
        events { worker_connections 1024; }
        http {
            log_format upstreams '$status $request_method $request_uri $upstream_addr $upstream_status';
            access_log access.log upstreams;
            client_body_temp_path body;
            proxy_temp_path proxy;
            fastcgi_temp_path fastcgi;
            uwsgi_temp_path uwsgi;
            scgi_temp_path scgi;

            upstream ngp {
        {{string.Join(Environment.NewLine, nodePorts.Select(p => $"        server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;"))}}
                keepalive 32;
            }

            server {
                listen 127.0.0.1:{{port}};
                client_max_body_size 25m;

                location / {
                    proxy_pass http://ngp;
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_set_header Host $host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                    proxy_connect_timeout 2s;
                    proxy_next_upstream error timeout http_502;
                    proxy_next_upstream_tries 2;
                }
            }
        }
        """;

    public static async Task<NginxProxy> StartAsync(int port, IReadOnlyList<int> nodePorts)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ngp-nginx-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), Configuration(port, nodePorts));
        var info = new ProcessStartInfo(Binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-p", folder + "/", "-c", "nginx.conf", "-g", "daemon off;" })
            info.ArgumentList.Add(argument);
        var process = Process.Start(info) ?? throw new InvalidOperationException("nginx did not start.");
        var proxy = new NginxProxy(process, folder, port);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (process.HasExited)
                throw new InvalidOperationException($"nginx exited with code {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(System.Net.IPAddress.Loopback, port);
                return proxy;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        await proxy.DisposeAsync();
        throw new TimeoutException("nginx did not listen within 10 s.");
    }

    /// <summary>Each logged request: status, method, path, and the nodes nginx tried in turn (<c>127.0.0.1:5001, 127.0.0.1:5002</c>).</summary>
    public async Task<IReadOnlyList<ProxiedRequest>> AccessLogAsync()
    {
        var path = Path.Combine(_folder, "access.log");
        if (!File.Exists(path))
            return [];
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var requests = new List<ProxiedRequest>();
        while (await reader.ReadLineAsync() is { } line)
        {
            var fields = line.Split(' ', 4);
            if (fields.Length < 4)
                continue;
            // Tried upstreams come comma-separated, then their statuses: « 127.0.0.1:1, 127.0.0.1:2 502, 200 ».
            var tried = fields[3].Split(", ").Select(u => u.Split(' ')[0]).ToList();
            requests.Add(new ProxiedRequest(int.Parse(fields[0], CultureInfo.InvariantCulture), fields[1], fields[2], tried));
        }
        return requests;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                // SIGTERM: the master stops its workers at once and leaves; killed if it lingers.
                if (kill(_process.Id, SigTerm) != 0)
                    _process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await _process.WaitForExitAsync(wait.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            // Already gone.
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Folders nginx made for its worker's user; a temp folder left behind fails nothing.
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}

/// <summary>One line of nginx's access log: the answer's status and the nodes tried for it, in order.</summary>
public sealed record ProxiedRequest(int Status, string Method, string Path, IReadOnlyList<string> Upstreams);
