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
