using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Ngp.Core.Results;
using Ngp.Core.Web;

namespace Ngp.Web;

/// <summary>
/// Refuses a body larger than its endpoint accepts with 413 and a French title, before anything reads it: the
/// endpoint's own limit (<c>WithBodyLimit</c>), else <see cref="RequestBodyLimitOptions"/> for the JSON API. A body
/// sent without a length is cut by the server at the same limit as it is read.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, IOptions<RequestBodyLimitOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = declared?.MaxRequestBodySize ?? (context.Request.Path.StartsWithSegments("/api") ? options.Value.MaxRequestBodyBytes : null);
        if (limit is not { } max)
            return next(context);
        if (context.Request.ContentLength > max)
        {
            var message = (declared as BodyLimit)?.Message ?? $"Le corps de la requête dépasse {Megabytes(max)}, la taille acceptée à cette adresse.";
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return ApiResults.Problem(StatusCodes.Status413PayloadTooLarge, message).ExecuteAsync(context);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = max;
        return next(context);
    }

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.##", CultureInfo.GetCultureInfo("fr-FR")) + " Mo";
}
