using System.ComponentModel.DataAnnotations;

namespace Ngp.Users.Pages.Account;

public sealed class LoginInput
{
    [Required(ErrorMessage = "L'adresse e-mail est obligatoire.")]
    [Display(Name = "Adresse e-mail")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Le mot de passe est obligatoire.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mot de passe")]
    public string? Password { get; set; }

    [Display(Name = "Rester connecté(e) sur cet appareil")]
    public bool RememberMe { get; set; }
}
