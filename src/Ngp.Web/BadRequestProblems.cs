using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Ngp.Core.Results;
using Ngp.Core.Web;

namespace Ngp.Web;

/// <summary>
/// A request the framework could not read (a body that is not JSON, too deep, not UTF-8 or of the wrong shape; a
/// query parameter that does not fit its type; a body too large or of another media type) answers problem details
/// with the status the framework chose and a French title naming the parameter or field when it is known.
/// </summary>
public sealed partial class BadRequestProblems : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
            return false;
        var (title, field) = Describe(bad);
        context.Response.StatusCode = bad.StatusCode;
        await ApiResults.Problem(bad.StatusCode, title, field, title).ExecuteAsync(context);
        return true;
    }

    /// <summary>The French title of the refusal, and the parameter or body field it is about when the framework says.</summary>
    public static (string Title, string? Field) Describe(BadHttpRequestException exception)
    {
        if (exception.StatusCode != StatusCodes.Status400BadRequest)
            return (FrenchProblemDetails.TitleFor(exception.StatusCode), null);
        if (exception.InnerException is JsonException json)
        {
            if (json is ControlCharacterException && FieldOf(json.Path) is { } where)
                return ($"Le champ « {where} » {TextInput.ControlCharacterMessage}", where);
            return FieldOf(json.Path) is { } field
                ? ($"Le champ « {field} » du corps de la requête est illisible ou n'a pas le type attendu.", field)
                : ("Le corps de la requête n'est pas un objet JSON lisible ici : vérifiez sa syntaxe, son encodage (UTF-8), sa profondeur et sa forme.", null);
        }
        var parameter = Parameter().Match(exception.Message);
        if (!parameter.Success)
            return (FrenchProblemDetails.TitleFor(exception.StatusCode), null);
        var (type, name) = (parameter.Groups["type"].Value, parameter.Groups["name"].Value);
        if (exception.Message.Contains("no body was provided", StringComparison.Ordinal) || exception.Message.EndsWith("from body.", StringComparison.Ordinal))
            return ("Le corps de la requête est obligatoire ici : un objet JSON.", null);
        if (exception.Message.StartsWith("Required parameter", StringComparison.Ordinal))
            return ($"Le paramètre « {name} » est obligatoire.", name);
        return ($"Le paramètre « {name} » n'a pas la forme attendue{Expected(type)}.", name);
    }

    private static string Expected(string type) => type.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('?', '>') switch
    {
        "int" or "long" or "short" or "Int32" or "Int64" => " : un nombre entier",
        "decimal" or "double" or "float" => " : un nombre",
        "bool" or "Boolean" => " : true ou false",
        "DateTime" or "DateTimeOffset" or "DateOnly" => " : une date (AAAA-MM-JJ)",
        "Guid" => " : un identifiant",
        _ => "",
    };

    /// <summary><c>$.fields.Capacity</c> → <c>fields.Capacity</c>; null for the body itself.</summary>
    private static string? FieldOf(string? path) =>
        path is { Length: > 2 } && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;

    // The framework's messages name the parameter as "Type name": Failed to bind parameter "int? page" from "abc".
    [GeneratedRegex("parameter \"(?<type>[^\" ]+) (?<name>[^\"]+)\"")]
    private static partial Regex Parameter();
}
