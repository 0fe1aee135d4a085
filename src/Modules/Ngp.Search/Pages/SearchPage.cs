using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Ngp.Search.Querying;

namespace Ngp.Search.Pages;

/// <summary>
/// What the shared results partial needs: the search, the page's own address, whether it is the cross-agency one, and
/// the form's accessible name when the page gives its own (the cross-agency pages belong to the modules that share).
/// </summary>
public sealed record SearchPage(SearchView View, string Path, bool Shared, string? FormLabel = null)
{
    public SearchRequest Request => View.Request;

    /// <summary>The page's address with one parameter set (or removed when null); the page number goes back to 1 unless it is the one set.</summary>
    public string With(string name, string? value)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = Request.Q,
            ["type"] = Shared ? null : Request.Type,
            ["agency"] = Shared ? Request.Agency : null,
            ["ambition"] = Request.Ambition,
            ["theme"] = Request.Theme,
            ["year"] = Request.Year,
            ["sort"] = Request.Sort,
        };
        query[name] = value;
        if (name == "page")
            query["page"] = value;
        var kept = query.Where(p => !string.IsNullOrEmpty(p.Value)).ToDictionary(p => p.Key, p => p.Value);
        return QueryHelpers.AddQueryString(Path, kept);
    }

    /// <summary>The value of a facet filter in the request.</summary>
    public string? Selected(string field) => field switch
    {
        "type" => Request.Type,
        "agency" => Request.Agency,
        "ambition" => Request.Ambition,
        "theme" => Request.Theme,
        "year" => Request.Year,
        _ => null,
    };

    public static string FacetTitle(string field) => field switch
    {
        "type" => "Type",
        "agency" => "Agence",
        "ambition" => "Ambition",
        "theme" => "Thème",
        "year" => "Année",
        _ => field,
    };

    public static SearchRequest Read(HttpRequest http)
    {
        var q = http.Query;
        return new SearchRequest
        {
            Q = q["q"],
            Type = q["type"],
            Agency = q["agency"],
            Ambition = q["ambition"],
            Theme = q["theme"],
            Year = q["year"],
            Sort = q["sort"],
            Page = int.TryParse(q["page"], out var page) ? page : 1,
        };
    }
}
