using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Results;

namespace Ngp.Users.Leases;

/// <summary>
/// Imports the agency's lease list from CSV (<c>leaseReference,building,postcode</c>, then optionally the address a
/// letter needs: <c>street</c>, <c>city</c>, <c>dwelling</c>, in any order). Valid rows are added or updated; each
/// refused row is reported with its line and reason; a file that is not such a list changes nothing.
/// </summary>
public sealed partial class LeaseImport(NgpDbContext db, TimeProvider clock)
{
    public const string Header = "leaseReference,building,postcode";
    public const int MaxRows = 50_000;

    /// <summary>The optional address columns a letter is addressed with, and their longest value.</summary>
    public static readonly IReadOnlyDictionary<string, int> AddressColumns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["street"] = 200, ["city"] = 100, ["dwelling"] = 100,
    };

    [GeneratedRegex("^[A-Z0-9][A-Z0-9/_.-]{0,39}$")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostcodePattern();

    public async Task<Result<LeaseImportReport>> ImportCsvAsync(string csv, CancellationToken ct)
    {
        var lines = csv.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var first = lines.Length > 0 ? lines[0].Trim().TrimStart('\uFEFF') : "";
        var columns = ReadHeader(first);
        if (columns is null)
            return Result.Invalid($"Le fichier doit commencer par l'en-tête « {Header} », suivi au besoin des colonnes d'adresse « street », « city », « dwelling ».",
                "csv", $"En-tête attendu : {Header}[,street,city,dwelling]");
        if (lines.Length - 1 > MaxRows)
            return Result.Invalid($"Le fichier dépasse {MaxRows} lignes : découpez-le.", "csv", "Fichier trop long.");

        var rows = new List<(int Line, LeaseRow Row)>();
        var refused = new List<RefusedRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            var lineNumber = i + 1;
            var fields = SplitCsvLine(lines[i]);
            if (fields is null || fields.Count != columns.Count)
            {
                refused.Add(new RefusedRow(lineNumber, "", columns.Count == 3
                    ? "La ligne doit avoir trois colonnes : référence, bâtiment, code postal."
                    : $"La ligne doit avoir {columns.Count} colonnes, comme l'en-tête."));
                continue;
            }
            var reference = Lease.Normalize(fields[0]);
            var building = fields[1].Trim();
            var postcode = fields[2].Trim();
            // An address column the file lacks stays as it was; one it has but leaves empty is cleared.
            var address = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var c = 3; c < columns.Count; c++)
                address[columns[c]] = fields[c].Trim();
            string? reason = null;
            if (!ReferencePattern().IsMatch(reference))
                reason = "Référence de bail absente ou invalide (lettres, chiffres, / _ . -, 40 caractères au plus).";
            else if (building.Length is 0 or > 200)
                reason = "Le bâtiment est obligatoire (200 caractères au plus).";
            else if (!PostcodePattern().IsMatch(postcode))
                reason = "Le code postal doit avoir 5 chiffres.";
            else if (address.FirstOrDefault(a => a.Value.Length > AddressColumns[a.Key]) is { Key: { } tooLong })
                reason = $"La colonne « {tooLong} » dépasse {AddressColumns[tooLong]} caractères.";
            else if (!seen.Add(reference))
                reason = "Cette référence apparaît deux fois dans le fichier.";
            if (reason is null)
                rows.Add((lineNumber, new LeaseRow(reference, building, postcode,
                    address.GetValueOrDefault("street"), address.GetValueOrDefault("city"), address.GetValueOrDefault("dwelling"))));
            else
                refused.Add(new RefusedRow(lineNumber, reference, reason));
        }

        var (imported, updated) = await UpsertAsync(rows.Select(r => r.Row).ToList(), ct);
        return new LeaseImportReport(imported, updated, refused);
    }

    /// <summary>Adds new leases and updates known ones; returns how many of each.</summary>
    public async Task<(int Imported, int Updated)> UpsertAsync(IReadOnlyList<LeaseRow> rows, CancellationToken ct)
    {
        var references = rows.Select(r => r.LeaseReference).ToList();
        var existing = new Dictionary<string, Lease>(StringComparer.Ordinal);
        foreach (var chunk in references.Chunk(500))
        {
            foreach (var lease in await db.Set<Lease>().Where(l => chunk.Contains(l.Reference)).ToListAsync(ct))
                existing[lease.Reference] = lease;
        }
        int imported = 0, updated = 0;
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.LeaseReference, out var lease))
            {
                var (street, city, dwelling) = (Given(row.Street, lease.Street), Given(row.City, lease.City), Given(row.Dwelling, lease.Dwelling));
                if (lease.Building != row.Building || lease.Postcode != row.Postcode || lease.Street != street || lease.City != city || lease.Dwelling != dwelling)
                {
                    lease.Building = row.Building;
                    lease.Postcode = row.Postcode;
                    lease.Street = street;
                    lease.City = city;
                    lease.Dwelling = dwelling;
                    updated++;
                }
                continue;
            }
            db.Set<Lease>().Add(new Lease
            {
                Reference = row.LeaseReference, Building = row.Building, Postcode = row.Postcode,
                Street = Given(row.Street, null), City = Given(row.City, null), Dwelling = Given(row.Dwelling, null), ImportedUtc = clock.GetUtcNow(),
            });
            imported++;
        }
        await db.SaveChangesAsync(ct);
        return (imported, updated);
    }

    /// <summary>An address value of a row: null when its column is absent (the lease keeps <paramref name="current"/>), empty to clear it.</summary>
    private static string? Given(string? value, string? current) => value is null ? current : value.Length == 0 ? null : value;

    /// <summary>
    /// The columns of the header: the three required ones first, then address columns once each; null when it is not
    /// a lease list's header.
    /// </summary>
    private static List<string>? ReadHeader(string line)
    {
        var names = SplitCsvLine(line)?.Select(n => n.Trim()).ToList();
        if (names is null || names.Count < 3 || !string.Equals(string.Join(',', names.Take(3)), Header, StringComparison.OrdinalIgnoreCase))
            return null;
        var extra = names.Skip(3).ToList();
        if (extra.Any(n => !AddressColumns.ContainsKey(n)) || extra.Distinct(StringComparer.OrdinalIgnoreCase).Count() != extra.Count)
            return null;
        return names.Take(3).Concat(extra.Select(n => AddressColumns.Keys.First(k => string.Equals(k, n, StringComparison.OrdinalIgnoreCase)))).ToList();
    }

    /// <summary>Splits one CSV line (RFC 4180 quotes, comma or semicolon as spreadsheets export it); null when quotes do not close.</summary>
    public static List<string>? SplitCsvLine(string line)
    {
        var separator = line.Contains(',', StringComparison.Ordinal) || !line.Contains(';', StringComparison.Ordinal) ? ',' : ';';
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        if (quoted)
            return null;
        fields.Add(current.ToString());
        return fields;
    }
}
