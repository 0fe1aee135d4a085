namespace Ngp.Core.Web;

/// <summary>
/// What a person or a client reads when a request fails, per status code: the title and sentence of the error pages,
/// and the French title of the API's problem details when nobody wrote a more precise one.
/// </summary>
public static class ErrorTexts
{
    public static (string Title, string Message) ForPage(int status) => status switch
    {
        400 => ("Demande incorrecte", "La demande envoyée n'a pas pu être comprise. Vérifiez l'adresse ou le formulaire, puis réessayez."),
        401 => ("Connexion nécessaire", "Connectez-vous pour accéder à cette page."),
        403 => ("Accès refusé", "Vous n'avez pas la permission d'accéder à cette page."),
        404 => ("Page introuvable", "Cette page n'existe pas ou n'existe plus. Elle a peut-être été déplacée ou retirée."),
        405 => ("Action impossible", "Cette action n'est pas possible à cette adresse."),
        409 => ("Conflit", "Cette action entre en conflit avec une autre faite en même temps : réessayez."),
        413 => ("Envoi trop volumineux", "Ce que vous envoyez dépasse la taille acceptée."),
        415 => ("Format non pris en charge", "Le format de ce que vous envoyez n'est pas pris en charge."),
        422 => ("Données invalides", "Certaines données ne sont pas valides : corrigez-les, puis réessayez."),
        429 => ("Trop de demandes", "Vous avez fait trop de demandes en peu de temps : patientez une minute avant de réessayer."),
        503 => ("Service momentanément indisponible", "Le site ne peut pas répondre pour le moment. Réessayez dans quelques instants : rien de ce que vous avez déjà enregistré n'est perdu."),
        >= 500 => ("Erreur du site", "Une erreur inattendue s'est produite de notre côté. Réessayez dans quelques instants ; si elle persiste, signalez-la à votre agence."),
        _ => ("Erreur", "La demande n'a pas abouti."),
    };

    public static string ForApi(int status) => status switch
    {
        400 => "La requête est mal formée.",
        401 => "Connectez-vous pour accéder à cette ressource.",
        403 => "Vous n'avez pas la permission d'accéder à cette ressource.",
        404 => "Cette adresse n'existe pas.",
        405 => "Cette adresse n'accepte pas cette méthode HTTP.",
        406 => "Cette adresse ne répond pas dans le format demandé.",
        409 => "La ressource a changé entre-temps : rechargez-la.",
        413 => "Le corps de la requête est trop volumineux.",
        415 => "Le corps de la requête n'est pas dans un format accepté ici (JSON : Content-Type: application/json).",
        422 => "Les données envoyées ne sont pas valides.",
        429 => "Trop de demandes : patientez une minute avant de réessayer.",
        503 => "Le site est momentanément indisponible : réessayez dans quelques minutes.",
        >= 500 => "Une erreur inattendue s'est produite : réessayez plus tard.",
        _ => "La requête n'a pas pu aboutir.",
    };

    /// <summary>The JSON API answers problem details; everything else is a page for a person.</summary>
    public static bool IsApi(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.Value?.Contains("/api/", StringComparison.OrdinalIgnoreCase) == true;
}
