using System.Net.Mail;
using Microsoft.AspNetCore.Identity;

namespace Ngp.Users;

/// <summary>The account rules shared by registration, invitations, tenant setup and Identity's own options.</summary>
public static class UserRules
{
    public const int PasswordMinLength = 10;
    public const int MaxFailedLogins = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions options)
    {
        options.Password.RequiredLength = PasswordMinLength;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedLogins;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }

    public static bool IsEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 254)
            return false;
        return MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>French reasons why a password is too weak, as Identity itself would judge it.</summary>
    public static Task<IReadOnlyList<string>> CheckPasswordAsync(string? password)
    {
        var errors = new List<string>();
        if (string.IsNullOrEmpty(password))
        {
            errors.Add("Le mot de passe est obligatoire.");
            return Task.FromResult<IReadOnlyList<string>>(errors);
        }
        if (password.Length < PasswordMinLength)
            errors.Add($"Le mot de passe doit contenir au moins {PasswordMinLength} caractères.");
        if (!password.Any(char.IsDigit))
            errors.Add("Le mot de passe doit contenir au moins un chiffre.");
        if (!password.Any(char.IsLower))
            errors.Add("Le mot de passe doit contenir au moins une minuscule.");
        if (!password.Any(char.IsUpper))
            errors.Add("Le mot de passe doit contenir au moins une majuscule.");
        if (password.Distinct().Count() < 4)
            errors.Add("Le mot de passe doit contenir au moins 4 caractères différents.");
        return Task.FromResult<IReadOnlyList<string>>(errors);
    }
}

/// <summary>Identity's messages in French, for every refusal a person can meet.</summary>
public sealed class FrenchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"Un compte existe déjà avec l'adresse {email}." };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Un compte existe déjà avec l'adresse {userName}." };

    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = "L'adresse e-mail n'est pas valide." };

    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = "L'adresse e-mail n'est pas valide." };

    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Le mot de passe doit contenir au moins {length} caractères." };

    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "Le mot de passe doit contenir au moins un chiffre." };

    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Le mot de passe doit contenir au moins une minuscule." };

    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "Le mot de passe doit contenir au moins une majuscule." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Le mot de passe doit contenir au moins {uniqueChars} caractères différents." };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Le mot de passe actuel est incorrect." };

    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "Ce lien n'est plus valable : demandez-en un nouveau." };

    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Une erreur est survenue : réessayez." };
}
