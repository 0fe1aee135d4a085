using Microsoft.AspNetCore.WebUtilities;

namespace Ngp.Web;

/// <summary>
/// Every problem details the site writes has a French title: ASP.NET's English defaults (« Not Found », « One or more
/// validation errors occurred. »), which status code pages and the framework use when nobody gave a title, become
/// the French sentence of their status. Titles the modules wrote are kept.
/// </summary>
public static class FrenchProblemDetails
{
    private static readonly HashSet<string> _englishDefaults = new(
        Enumerable.Range(400, 200).Select(ReasonPhrases.GetReasonPhrase).Where(p => p.Length > 0)
            .Concat(["One or more validation errors occurred.", "An error occurred while processing your request."]),
        StringComparer.OrdinalIgnoreCase);

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (string.IsNullOrWhiteSpace(problem.Title) || _englishDefaults.Contains(problem.Title))
            problem.Title = TitleFor(status);
    }

    public static string TitleFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "La requête est mal formée.",
        StatusCodes.Status401Unauthorized => "Connectez-vous pour accéder à cette ressource.",
        StatusCodes.Status403Forbidden => "Vous n'avez pas la permission d'accéder à cette ressource.",
        StatusCodes.Status404NotFound => "Cette adresse n'existe pas.",
        StatusCodes.Status405MethodNotAllowed => "Cette adresse n'accepte pas cette méthode HTTP.",
        StatusCodes.Status406NotAcceptable => "Cette adresse ne répond pas dans le format demandé.",
        StatusCodes.Status409Conflict => "La ressource a changé entre-temps : rechargez-la.",
        StatusCodes.Status413PayloadTooLarge => "Le corps de la requête est trop volumineux.",
        StatusCodes.Status415UnsupportedMediaType => "Le corps de la requête n'est pas dans un format accepté ici (JSON : Content-Type: application/json).",
        StatusCodes.Status422UnprocessableEntity => "Les données envoyées ne sont pas valides.",
        StatusCodes.Status429TooManyRequests => "Trop de demandes : patientez une minute avant de réessayer.",
        StatusCodes.Status503ServiceUnavailable => "Le site est momentanément indisponible : réessayez dans quelques minutes.",
        >= 500 => "Une erreur inattendue s'est produite : réessayez plus tard.",
        _ => "La requête n'a pas pu aboutir.",
    };
}
