using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Ngp.Core.Accounts;
using Ngp.Core.Data;

namespace Ngp.Tests.Harness;

/// <summary>
/// The columns of the tenant model that hold an account's id: properties marked <see cref="UserIdAttribute"/>, Identity's
/// foreign keys to the account, and the account's own key. What the export and the erasure must cover.
/// </summary>
public static class UserIdColumns
{
    public static IEnumerable<(IEntityType Entity, IProperty Property)> Of(IModel model) =>
        from entity in model.GetEntityTypes()
        from property in entity.GetProperties()
        where IsMarked(property)
              || property.GetContainingForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(NgpUser))
              || (entity.ClrType == typeof(NgpUser) && property.IsPrimaryKey())
        select (entity, property);

    public static bool IsMarked(IProperty property) => property.PropertyInfo?.GetCustomAttribute<UserIdAttribute>() is not null;

    /// <summary>Each column still holding the id, as <c>Table.Column: rows</c>; empty when the person is gone everywhere.</summary>
    public static async Task<IReadOnlyList<string>> NamingAsync(NgpDbContext db, string userId)
    {
        var found = new List<string>();
        var count = typeof(UserIdColumns).GetMethod(nameof(CountAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var (entity, property) in Of(db.Model))
        {
            var rows = await (Task<int>)count.MakeGenericMethod(entity.ClrType).Invoke(null, [db, property.Name, userId])!;
            if (rows > 0)
                found.Add($"{entity.GetTableName()}.{property.Name}: {rows}");
        }
        return found;
    }

    private static Task<int> CountAsync<T>(NgpDbContext db, string property, string userId) where T : class =>
        db.Set<T>().CountAsync(e => EF.Property<string>(e, property) == userId);
}
