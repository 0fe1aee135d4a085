namespace Ngp.Core.Accounts;

/// <summary>
/// A module's share of a person's data: its section of the export (GDPR articles 15 and 20) and its erasure when the
/// account is deleted (article 17). Register it with <see cref="PersonalDataRegistration.AddPersonalData{T}"/> in the
/// module's registration class; the users module never names the modules that fill it.
/// </summary>
public interface IPersonalDataContributor
{
    /// <summary>Key of the module's section in the export (camelCase: <c>notifications</c>).</summary>
    string Name { get; }

    /// <summary>
    /// The module's entities with a <see cref="UserIdAttribute"/> property that this contributor exports and erases:
    /// a test checks that every such entity of the tenant model is claimed by a contributor.
    /// </summary>
    IReadOnlyCollection<Type> Entities { get; }

    /// <summary>The module's section of the JSON export, or null when it keeps nothing about the person (left out).</summary>
    Task<object?> ExportAsync(string userId, string? email, CancellationToken ct);

    /// <summary>
    /// Deletes, or anonymises with <see cref="UserDeleted.ErasedUserId"/>, every row naming the person. Runs in the
    /// outbox dispatcher's transaction after the account's deletion committed, and again harmlessly if retried.
    /// </summary>
    Task EraseAsync(UserDeleted deleted, CancellationToken ct);
}
