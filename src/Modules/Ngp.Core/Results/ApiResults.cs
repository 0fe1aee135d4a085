using Microsoft.AspNetCore.Http;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace Ngp.Core.Results;

/// <summary>Turns handler outcomes into RFC 7807 problem details with a French title and field errors.</summary>
public static class ApiResults
{
    public static IResult Problem(Result result)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(result.IsOk, true);
        var status = result.HttpStatus;
        if (result.Errors.Count > 0)
            return HttpResults.ValidationProblem(result.Errors.ToDictionary(), title: result.Message, statusCode: status);
        return HttpResults.Problem(title: result.Message, statusCode: status);
    }

    public static IResult Problem(int status, string title, string? field = null, string? fieldMessage = null) =>
        field is null
            ? HttpResults.Problem(title: title, statusCode: status)
            : HttpResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [fieldMessage ?? title] }, title: title, statusCode: status);

    public static IResult From<T>(Result<T> result, Func<T, IResult> onSuccess) => result.IsOk ? onSuccess(result.Value) : Problem(result);
}
