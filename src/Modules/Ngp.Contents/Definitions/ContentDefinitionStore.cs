using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Fields;
using Ngp.Contents.Parts;
using Ngp.Core.Data;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;

namespace Ngp.Contents.Definitions;

/// <summary>Reads, checks and writes the tenant's content type definitions.</summary>
public sealed partial class ContentDefinitionStore(
    NgpDbContext db, ContentPartCatalog parts, ContentFieldCatalog fields, IEnumerable<RequiredField> requiredFields, TimeProvider clock, ContentDefinitionCache shared,
    ITenantContext tenantContext)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    [GeneratedRegex("^[A-Z][A-Za-z0-9]{0,49}$")]
    private static partial Regex TechnicalName();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex RouteSlug();

    private Dictionary<string, ContentTypeDefinition>? _cache;

    public async Task<IReadOnlyList<ContentTypeDefinition>> ListAsync(CancellationToken ct = default) =>
        (await LoadAsync(ct)).Values.OrderBy(d => d.DisplayName, StringComparer.CurrentCulture).ToList();

    public async Task<ContentTypeDefinition?> FindAsync(string? name, CancellationToken ct = default) =>
        name is not null && (await LoadAsync(ct)).TryGetValue(name, out var definition) ? definition : null;

    public async Task<ContentTypeDefinition?> FindByRouteAsync(string routePrefix, CancellationToken ct = default) =>
        (await LoadAsync(ct)).Values.FirstOrDefault(d => d.RoutePrefix == routePrefix);

    /// <summary>French reasons why a definition cannot be saved; empty when it can.</summary>
    public IReadOnlyDictionary<string, string[]> Check(ContentTypeDefinition definition)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string key, string message)
        {
            if (!errors.TryGetValue(key, out var list))
                errors[key] = list = [];
            list.Add(message);
        }

        if (!TechnicalName().IsMatch(definition.Name ?? ""))
            Add("name", "Le nom technique commence par une majuscule et ne contient que des lettres et des chiffres (ex. : News).");
        if (string.IsNullOrWhiteSpace(definition.DisplayName))
            Add("displayName", "Le nom affiché est obligatoire.");
        if (definition.RoutePrefix is { } route && !RouteSlug().IsMatch(route))
            Add("routePrefix", "Le préfixe d'adresse ne contient que des lettres minuscules, des chiffres et des tirets.");
        foreach (var part in definition.Parts)
        {
            if (parts.Find(part.Name) is null)
                Add("parts", $"La partie « {part.Name} » n'existe pas. Parties possibles : {string.Join(", ", parts.All.Select(p => p.Name))}.");
        }
        if (definition.Parts.GroupBy(p => p.Name).Any(g => g.Count() > 1))
            Add("parts", "Une partie ne peut figurer qu'une fois dans un type.");
        foreach (var field in definition.Fields)
        {
            if (!TechnicalName().IsMatch(field.Name ?? ""))
                Add("fields", $"Le nom technique du champ « {field.Name} » commence par une majuscule et ne contient que des lettres et des chiffres.");
            if (string.IsNullOrWhiteSpace(field.DisplayName))
                Add("fields", $"Le champ « {field.Name} » doit avoir un nom affiché.");
            if (fields.Find(field.Type) is null)
                Add("fields", $"Le type de champ « {field.Type} » n'existe pas. Types possibles : {string.Join(", ", fields.All.Select(f => f.Type))}.");
            if (field.Type == "Choice" && field.Choices.Count == 0)
                Add("fields", $"Le champ à choix « {field.DisplayName} » doit proposer au moins un choix.");
            if (field.MaxLength is < 1 or > 100_000)
                Add("fields", $"La longueur maximale du champ « {field.DisplayName} » va de 1 à 100 000.");
            if (field.Min > field.Max)
                Add("fields", $"Le minimum du champ « {field.DisplayName} » dépasse son maximum.");
        }
        if (definition.Fields.GroupBy(f => f.Name).Any(g => g.Count() > 1))
            Add("fields", "Deux champs ne peuvent pas avoir le même nom technique.");
        foreach (var required in requiredFields.Where(r => r.ContentType == definition.Name))
        {
            var field = definition.Fields.FirstOrDefault(f => f.Name == required.Field);
            if (field is null)
                Add("fields", $"Le champ « {required.Field} » est utilisé par {required.Module} : il ne peut pas être retiré du type « {definition.Name} » ni renommé.");
            else if (field.Type != required.FieldType)
                Add("fields", $"Le champ « {field.DisplayName} » ({required.Field}) est utilisé par {required.Module} : il reste de type {required.FieldType}.");
        }
        return errors.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>Creates or replaces a definition; the caller's unit of work is saved here.</summary>
    public async Task<Result<ContentTypeDefinition>> SaveAsync(ContentTypeDefinition definition, CancellationToken ct = default)
    {
        var errors = Check(definition);
        if (errors.Count > 0)
            return Result.Invalid($"Le type de contenu « {definition.DisplayName} » n'est pas valide.", errors);
        var existing = await LoadAsync(ct);
        if (definition.RoutePrefix is { } route && existing.Values.Any(d => d.Name != definition.Name && d.RoutePrefix == route))
            return Result.Conflict($"Le préfixe d'adresse « {route} » est déjà celui d'un autre type.", "routePrefix");

        var json = JsonSerializer.Serialize(definition, Json);
        var row = await db.Set<ContentTypeRecord>().SingleOrDefaultAsync(r => r.Name == definition.Name, ct);
        if (row is null)
            db.Set<ContentTypeRecord>().Add(new ContentTypeRecord { Name = definition.Name, Json = json, UpdatedUtc = clock.GetUtcNow() });
        else if (row.Json != json)
        {
            row.Json = json;
            row.UpdatedUtc = clock.GetUtcNow();
        }
        await db.SaveChangesAsync(ct);
        _cache = null;
        shared.Changed(tenantContext.Tenant);
        return definition;
    }

    private async Task<Dictionary<string, ContentTypeDefinition>> LoadAsync(CancellationToken ct)
    {
        if (_cache is not null)
            return _cache;
        _cache = await shared.GetOrLoadAsync(tenantContext.Tenant, async ct =>
        {
            var rows = await db.Set<ContentTypeRecord>().AsNoTracking().ToListAsync(ct);
            return rows.Select(r => JsonSerializer.Deserialize<ContentTypeDefinition>(r.Json, Json)!).ToDictionary(d => d.Name, StringComparer.Ordinal);
        }, ct);
        return _cache;
    }
}
