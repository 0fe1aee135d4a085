using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Web;

namespace Ngp.Media.Api;

public static class MediaApi
{
    /// <summary>Room for the multipart boundaries and part headers around the file.</summary>
    private const long MultipartAllowance = 64 * 1024;

    public static void MapMediaApi(this IEndpointRouteBuilder tenant)
    {
        var options = tenant.ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value;

        tenant.MapGroup("api/v1").WithTags("Images")
            .MapPost("media", UploadAsync)
            .RequirePermission(MediaPermissions.UploadMedia)
            // The form reader stops at the limit (files over 64 Ko are buffered on disk, not in memory).
            .WithFormOptions(multipartBodyLengthLimit: options.MaxUploadBytes, valueCountLimit: 16)
            .WithBodyLimit(options.MaxUploadBytes + MultipartAllowance, MediaStore.TooLargeMessage(options.MaxUploadBytes))
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<MediaDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Téléverse une image (JPEG, PNG ou WebP, champ « file ») : elle est ré-encodée, sans ses métadonnées, et déclinée en largeurs 480, 960 et 1600.");

        tenant.MapGet("media/{**path}", ServeAsync)
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    private static async Task<IResult> UploadAsync(HttpContext http, IMediaStore store, IOptions<MediaOptions> options, CancellationToken ct)
    {
        var limit = options.Value.MaxUploadBytes;
        var request = http.Request;
        if (!request.HasFormContentType)
            return ApiResults.Problem(StatusCodes.Status415UnsupportedMediaType, "Envoyez l'image dans un formulaire multipart/form-data, champ « file ».");

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
        catch (InvalidDataException)
        {
            // A body no larger than the limit cannot hold a part over it: then the form itself is malformed.
            return request.ContentLength is null || request.ContentLength > limit
                ? TooLarge(limit)
                : ApiResults.Problem(StatusCodes.Status400BadRequest, "Le formulaire envoyé est illisible.");
        }

        // A multipart form with the site's cookie has already been checked for its antiforgery token (CookieApiForgeryGuard).
        var file = form.Files.GetFile("file");
        if (file is null)
            return ApiResults.Problem(StatusCodes.Status422UnprocessableEntity, "Joignez une image (champ « file »).", "file", "Choisissez une image.");
        await using var content = file.OpenReadStream();
        var result = await store.SaveImageAsync(content, file.FileName, ct);
        return ApiResults.From(result, image => Results.Created(image.Url, MediaDto.From(image)));
    }

    private static IResult TooLarge(long limit) =>
        ApiResults.Problem(StatusCodes.Status413PayloadTooLarge, MediaStore.TooLargeMessage(limit), "file", MediaStore.TooLargeMessage(limit));

    private static async Task<IResult> ServeAsync(string? path, IMediaStore store, HttpContext http, CancellationToken ct)
    {
        var file = path is null ? null : await store.OpenAsync(path, ct);
        if (file is null)
            return ApiResults.Problem(StatusCodes.Status404NotFound, "Cette image n'existe pas.");
        var headers = http.Response.Headers;
        // A stored file never changes (a new upload gets a new random id), so browsers and proxies may keep it a year.
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.XContentTypeOptions = "nosniff";
        return TypedResults.PhysicalFile(file.PhysicalPath, file.ContentType, lastModified: file.LastModified);
    }
}
