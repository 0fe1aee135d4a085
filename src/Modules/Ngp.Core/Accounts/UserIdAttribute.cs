namespace Ngp.Core.Accounts;

/// <summary>
/// Marks an entity property that holds an account's id (author, voter, organiser…): the rows the person's export and
/// erasure must cover. The tenant model is scanned for it in the tests.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class UserIdAttribute : Attribute;
