using System.Diagnostics;
using System.Globalization;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Ngp.Core.OpenData;
using Ngp.OpenData.Writing;

namespace Ngp.Benchmarks.Scenarios;

/// <summary>
/// The open-data CSV writer (<see cref="OpenDataCsv"/>) given 1,000,000 vote-count rows shaped like the consultation
/// results dataset (per building, « &lt; 5 » under five): rows per second and the peak resident memory (VmHWM) of the
/// process that writes them, streamed as a download does; baseline: the same rows gathered in a list first, then
/// written. Each variant runs in a child process of its own, so each peak is its own.
/// </summary>
public sealed class OpenDataScenario : IScenario
{
    public const string ChildMode = "open-data-csv";
    private const long Rows = 1_000_000;

    private static readonly IReadOnlyList<OpenDataColumn> Columns =
    [
        new("concertation", ""), new("type_de_concertation", ""), new("question", ""), new("type_de_question", ""), new("option", ""),
        new("batiment", ""), new("votants", "", OpenDataType.Integer), new("votes", "", OpenDataType.Integer), new("pourcentage", "", OpenDataType.Decimal),
        new("points", "", OpenDataType.Integer), new("cloturee", "", OpenDataType.Boolean), new("date_de_cloture", "", OpenDataType.DateTime), new("adresse", "", OpenDataType.Url),
    ];

    public string Name => "open-data";

    public string Description => "1,000,000 vote-count rows written as open-data CSV: rows/s and peak memory, streamed vs gathered in a list first";

    public async Task<ScenarioResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var streamed = await RunChildAsync(context, "stream", ct);
        var listed = await RunChildAsync(context, "list", ct);
        if (streamed.Bytes != listed.Bytes)
            throw new InvalidOperationException($"The two variants wrote different CSV: {streamed.Bytes} and {listed.Bytes} bytes.");
        return new ScenarioResult($"Open data: {Rows:N0} vote-count rows as CSV ({streamed.Bytes / 1e6:F0} MB)",
        [
            new ReportRow("rows/s", streamed.RowsPerSecond.ToString("N0", CultureInfo.InvariantCulture), listed.RowsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                (streamed.RowsPerSecond / listed.RowsPerSecond).ToString("F2", CultureInfo.InvariantCulture), "streamed vs list first"),
            new ReportRow("peak RSS of the process (MB)", Mb(streamed.PeakRss), Mb(listed.PeakRss),
                ((double)streamed.PeakRss / listed.PeakRss).ToString("F2", CultureInfo.InvariantCulture), "VmHWM"),
            new ReportRow("time to the first 32 KB (ms)", streamed.FirstFlushMs.ToString("F0", CultureInfo.InvariantCulture), listed.FirstFlushMs.ToString("F0", CultureInfo.InvariantCulture),
                "", "when a harvester starts receiving"),
        ],
        ["Each variant is a child process of this program writing to a stream that only counts bytes; the rows are made in memory, so the figures are the writer's and the list's, not the database's."]);
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture);

    private sealed record ChildResult(long Rows, double Seconds, long Bytes, long PeakRss, double FirstFlushMs)
    {
        public double RowsPerSecond => Rows / Seconds;
    }

    private static async Task<ChildResult> RunChildAsync(BenchContext context, string mode, CancellationToken ct)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var argument in new[] { typeof(OpenDataScenario).Assembly.Location, ChildMode, mode, Rows.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"open-data child ({mode}) failed: {await errors}");
        var result = JsonSerializer.Deserialize<ChildResult>((await output).Trim().Split('\n')[^1], JsonSerializerOptions.Web)!;
        context.Log($"open-data {mode}: {result.RowsPerSecond:N0} rows/s, peak {Mb(result.PeakRss)} MB");
        return result;
    }

    /// <summary>The child: writes the rows (streamed, or gathered first) and prints its figures as one JSON line.</summary>
    public static async Task RunChildAsync(string[] args)
    {
        var list = args[0] == "list";
        var rows = long.Parse(args[1], CultureInfo.InvariantCulture);
        var sink = new CountingStream();
        var pipe = PipeWriter.Create(sink, new StreamPipeWriterOptions(leaveOpen: true));
        var watch = Stopwatch.StartNew();
        IAsyncEnumerable<object?[]> source = VoteCountRowsAsync(rows);
        if (list)
        {
            var gathered = new List<object?[]>();
            await foreach (var row in source)
                gathered.Add(row);
            source = FromListAsync(gathered);
        }
        var written = await OpenDataCsv.WriteAsync(pipe, Columns, source, CancellationToken.None);
        await pipe.CompleteAsync();
        watch.Stop();
        Console.WriteLine(JsonSerializer.Serialize(new ChildResult(written, watch.Elapsed.TotalSeconds, sink.Length, PeakRss(), sink.FirstFlushMs(watch)), JsonSerializerOptions.Web));
    }

    private static async IAsyncEnumerable<object?[]> FromListAsync(List<object?[]> rows)
    {
        foreach (var row in rows)
            yield return row;
        await Task.CompletedTask;
    }

    /// <summary>Rows as the dataset makes them from the database: new strings per row, counts protected under five.</summary>
    private static async IAsyncEnumerable<object?[]> VoteCountRowsAsync(long count, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var random = new Random(26);
        var closes = new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero);
        for (long i = 0; i < count; i++)
        {
            var consultation = i / 10_000;
            var building = i / 4 % 2_500;
            var voters = random.Next(0, 60);
            var votes = voters == 0 ? 0 : random.Next(0, voters + 1);
            yield return
            [
                $"Concertation n° {consultation}", "choix de logement", $"Question {i / 4 % 5} de la concertation {consultation}", "choix unique", $"Option {i % 4}",
                $"Résidence {building}, bât. {(char)('A' + building % 6)}", OpenDataCounts.Protect(voters), OpenDataCounts.Protect(votes, voters),
                voters < OpenDataCounts.Threshold ? null : Math.Round(100.0 * votes / voters, 1), null, true, closes,
                $"https://participation.example.org/agence/concertations/concertation-{consultation}",
            ];
            if (i % 4096 == 0)
                await Task.Yield();
        }
    }

    private static long PeakRss()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>A response body that keeps nothing: it counts the bytes and notes when the first ones arrived.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;
        private long _firstTimestamp;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public double FirstFlushMs(Stopwatch watch) =>
            _firstTimestamp == 0 ? 0 : watch.Elapsed.TotalMilliseconds - Stopwatch.GetElapsedTime(_firstTimestamp).TotalMilliseconds;

        public override void Write(byte[] buffer, int offset, int count) => Note(count);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Note(buffer.Length);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Note(count);
            return Task.CompletedTask;
        }

        private void Note(int count)
        {
            if (_firstTimestamp == 0 && count > 0)
                _firstTimestamp = Stopwatch.GetTimestamp();
            _length += count;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
