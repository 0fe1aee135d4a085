using System.ComponentModel.DataAnnotations;

namespace Ngp.Users.Pages.Admin;

public sealed class InviteInput
{
    [Required(ErrorMessage = "L'adresse e-mail est obligatoire.")]
    [Display(Name = "Adresse e-mail de la personne invitée")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Choisissez un rôle.")]
    [Display(Name = "Rôle")]
    public string? Role { get; set; } = "Partner";
}
