using System.ComponentModel.DataAnnotations;

namespace Ngp.Contents.Pages.Admin;

public sealed class AddFieldInput
{
    [Required(ErrorMessage = "Le nom affiché est obligatoire.")]
    [StringLength(100, ErrorMessage = "Le nom affiché ne dépasse pas 100 caractères.")]
    [Display(Name = "Nom affiché")]
    public string? DisplayName { get; set; }

    [RegularExpression("^[A-Z][A-Za-z0-9]{0,49}$", ErrorMessage = "Le nom technique commence par une majuscule et ne contient que des lettres sans accent et des chiffres (ex. : BailleurPartenaire).")]
    [Display(Name = "Nom technique (facultatif)")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Choisissez le type du champ.")]
    [Display(Name = "Type de champ")]
    public string? Type { get; set; } = "Text";

    [Display(Name = "Obligatoire")]
    public bool Required { get; set; }

    [Range(1, 100_000, ErrorMessage = "La longueur maximale va de 1 à 100 000.")]
    [Display(Name = "Longueur maximale (facultatif)")]
    public int? MaxLength { get; set; }

    [Display(Name = "Valeur minimale (champ « Nombre », facultatif)")]
    public int? Min { get; set; }

    [Display(Name = "Valeur maximale (champ « Nombre », facultatif)")]
    public int? Max { get; set; }

    [Display(Name = "Choix proposés, un par ligne (champ « Choix dans une liste »)")]
    public string? Choices { get; set; }

    [Display(Name = "Plusieurs choix possibles")]
    public bool Multiple { get; set; }

    [StringLength(300, ErrorMessage = "L'aide ne dépasse pas 300 caractères.")]
    [Display(Name = "Aide affichée sous le champ (facultatif)")]
    public string? Hint { get; set; }

    [Display(Name = "Donnée personnelle : jamais montrée au public (pages, flux, API publique, recherche)")]
    public bool Private { get; set; }
}
