using System.ComponentModel.DataAnnotations;

namespace Ngp.Tenants.Pages.Admin;

public sealed class NewTenantInput
{
    [Required(ErrorMessage = "Le nom technique est obligatoire.")]
    [Display(Name = "Nom technique")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Le nom affiché est obligatoire.")]
    [Display(Name = "Nom affiché")]
    public string? DisplayName { get; set; }

    [Display(Name = "Préfixe d'URL")]
    public string? UrlPrefix { get; set; }

    [Display(Name = "Noms d'hôte (séparés par des virgules)")]
    public string? HostNames { get; set; }

    [Display(Name = "Adresse publique")]
    public string? PublicAddress { get; set; }

    [Display(Name = "Recette")]
    public string? Recipe { get; set; } = "agency";

    [Required(ErrorMessage = "L'adresse e-mail du premier administrateur est obligatoire.")]
    [Display(Name = "E-mail du premier administrateur")]
    public string? AdminEmail { get; set; }

    [Required(ErrorMessage = "Le mot de passe du premier administrateur est obligatoire.")]
    [Display(Name = "Mot de passe du premier administrateur")]
    public string? AdminPassword { get; set; }
}
