using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ngp.Core.Data;

/// <summary>
/// Plain ADO.NET commands on a tenant table, written from the EF model so that they follow what EF would write on
/// either provider: table and column names as mapped, each value through the property's own type mapping (the
/// SQLite context stores instants as binary ticks, enums as integers…). Used where EF's per-row machinery is the
/// cost — thousands of notification rows in one save, one "sent" mark per message, a batch of votes — with one
/// prepared command reused (<see cref="RowStatement{TEntity}"/>).
/// </summary>
public sealed class RowCommands<TEntity> where TEntity : class
{
    private readonly DbContext _db;
    private readonly IEntityType _entity;
    private readonly ISqlGenerationHelper _sql;

    public RowCommands(DbContext db)
    {
        _db = db;
        _entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        _sql = db.GetService<ISqlGenerationHelper>();
        Table = _sql.DelimitIdentifier(_entity.GetTableName()!, _entity.GetSchema());
    }

    public string Table { get; }

    public IProperty Property(string name) => _entity.FindProperty(name) ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{name} is not mapped.");

    public string Column(string property) => _sql.DelimitIdentifier(Property(property).GetColumnName());

    /// <summary>Every mapped column but the store-generated key, in model order.</summary>
    public IReadOnlyList<IProperty> InsertedProperties() =>
        _entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never)).ToList();

    /// <summary>A command on the context's connection, enlisted in its current transaction if there is one.</summary>
    public DbCommand Command(string text)
    {
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.CommandText = text;
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    /// <summary>A parameter typed as EF types the property; <see cref="Set"/> converts values the same way.</summary>
    public DbParameter Parameter(DbCommand command, string name, IProperty property, object? sample)
    {
        var parameter = property.GetRelationalTypeMapping().CreateParameter(command, name, sample, property.IsNullable);
        command.Parameters.Add(parameter);
        return parameter;
    }

    public static void Set(DbParameter parameter, IProperty property, object? value)
    {
        var converter = property.GetTypeMapping().Converter;
        parameter.Value = value is null ? DBNull.Value : converter is null ? value : converter.ConvertToProvider(value) ?? DBNull.Value;
    }
}
