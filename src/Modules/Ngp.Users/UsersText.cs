namespace Ngp.Users;

/// <summary>Anchor of the users module's localized texts (<c>Resources/UsersText.*.resx</c>); keys are the French texts.</summary>
public sealed class UsersText;
