namespace Ngp.Core.Web;

/// <summary>What a person reads when a request fails, per status code: the error pages and the API's problem details say the same.</summary>
public static class ErrorTexts
{
    public static (string Title, string Message) For(int status, bool api = false) => (status, api) switch
    {
        (404, true) => ("Ressource introuvable", "Cette adresse ne correspond à aucune ressource de l'API."),
        _ => For(status),
    };

    private static (string Title, string Message) For(int status) => status switch
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

    /// <summary>The JSON API answers problem details; everything else is a page for a person.</summary>
    public static bool IsApi(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.Value?.Contains("/api/", StringComparison.OrdinalIgnoreCase) == true;
}
