namespace Ngp.Users.Pages.Account;

public sealed class ChangePasswordInput
{
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Indiquez votre mot de passe actuel.")]
    [System.ComponentModel.DataAnnotations.Display(Name = "Mot de passe actuel")]
    public string? CurrentPassword { get; set; }

    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Indiquez le nouveau mot de passe.")]
    [System.ComponentModel.DataAnnotations.Display(Name = "Nouveau mot de passe")]
    public string? NewPassword { get; set; }
}
