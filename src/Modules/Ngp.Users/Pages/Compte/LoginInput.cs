using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Users.Security;

namespace Ngp.Users.Pages.Compte;

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
