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

    public static string TitleFor(int status) => Ngp.Core.Web.ErrorTexts.ForApi(status);
}
