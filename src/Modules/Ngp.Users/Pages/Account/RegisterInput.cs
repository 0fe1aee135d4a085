using System.ComponentModel.DataAnnotations;

namespace Ngp.Users.Pages.Account;

public sealed class RegisterInput
{
    [Required(ErrorMessage = "L'adresse e-mail est obligatoire.")]
    [EmailAddress(ErrorMessage = "L'adresse e-mail n'est pas valide.")]
    [Display(Name = "Adresse e-mail")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Le mot de passe est obligatoire.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mot de passe")]
    public string? Password { get; set; }

    [Required(ErrorMessage = "Confirmez le mot de passe.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
    [Display(Name = "Confirmez le mot de passe")]
    public string? ConfirmPassword { get; set; }

    [Required(ErrorMessage = "La référence de bail est obligatoire.")]
    [StringLength(40, ErrorMessage = "La référence de bail ne dépasse pas 40 caractères.")]
    [Display(Name = "Référence de bail")]
    public string? LeaseReference { get; set; }
}
