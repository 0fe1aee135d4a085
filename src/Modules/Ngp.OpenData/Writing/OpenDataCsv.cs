using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using Ngp.Core.OpenData;

namespace Ngp.OpenData.Writing;

/// <summary>
/// Writes a dataset as CSV the way French spreadsheets open it: UTF-8 with its byte-order mark, « ; » between
/// values, a header of the column names, decimal commas, dates in ISO 8601 UTC, « oui » / « non ». A text starting
/// with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> gets a leading apostrophe so a spreadsheet never runs it as a formula.
/// Rows go to the pipe as they come, flushed every <see cref="FlushBytes"/>: the memory held is a row's, whatever their number.
/// </summary>
public static class OpenDataCsv
{
    public const string ContentType = "text/csv; charset=utf-8";
    public const int FlushBytes = 32 * 1024;
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static async Task<long> WriteAsync(PipeWriter output, IReadOnlyList<OpenDataColumn> columns, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        var line = new StringBuilder(256);
        var pending = Write(output, Encoding.UTF8.Preamble);
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0)
                line.Append(';');
            AppendText(line, columns[i].Name);
        }
        pending += Commit(output, line);
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                    line.Append(';');
                AppendValue(line, row[i]);
            }
            pending += Commit(output, line);
            count++;
            if (pending >= FlushBytes)
            {
                await output.FlushAsync(ct);
                pending = 0;
            }
        }
        await output.FlushAsync(ct);
        return count;
    }

    private static int Commit(PipeWriter output, StringBuilder line)
    {
        line.Append("\r\n");
        var written = 0;
        foreach (var chunk in line.GetChunks())
            written += (int)Encoding.UTF8.GetBytes(chunk.Span, output);
        line.Clear();
        return written;
    }

    private static int Write(PipeWriter output, ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        return bytes.Length;
    }

    private static void AppendValue(StringBuilder line, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                AppendText(line, text);
                break;
            case bool b:
                line.Append(b ? "oui" : "non");
                break;
            case int or long:
                line.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or decimal or float:
                // A decimal comma, as the spreadsheets of a French locale read it; no thousands separator.
                line.Append(Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("0.##########", French));
                break;
            case DateTimeOffset instant:
                line.Append(OpenDataFormat.Iso(instant));
                break;
            default:
                AppendText(line, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    private static void AppendText(StringBuilder line, string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            text = "'" + text;
        if (text.AsSpan().IndexOfAny(";\"\r\n") < 0)
        {
            line.Append(text);
            return;
        }
        line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
