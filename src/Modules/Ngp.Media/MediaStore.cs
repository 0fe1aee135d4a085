using System.Buffers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Results;
using Ngp.Core.Tenancy;
using Ngp.Media.Storage;

namespace Ngp.Media;

/// <summary>
/// Images of the current tenant: checked and re-encoded here, kept by the backend <c>Ngp:Media:Store</c> chooses (files
/// under the tenant's folder, or the tenant's database with a disk cache on each node).
/// </summary>
internal sealed partial class MediaStore(
    ITenantContext tenantContext,
    IMediaBackend backend,
    ImageProcessor processor,
    IOptions<MediaOptions> options,
    TimeProvider clock,
    ILogger<MediaStore> logger) : IMediaStore
{
    private readonly MediaOptions _options = options.Value;

    public static string TooLargeMessage(long limit) =>
        $"Ce fichier est trop lourd : une image ne peut pas dépasser {MediaLayout.FormatSize(limit)}.";

    public async Task<Result<StoredImage>> SaveImageAsync(Stream content, string fileName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var limit = _options.MaxUploadBytes;
        if (content.CanSeek && content.Length - content.Position > limit)
            return Refuse(fileName, "too large", TooLargeMessage(limit));

        // Reads at most limit + 1 bytes: enough to know the file is too large without holding more of it.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit + 1, 1024 * 1024));
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit + 1, (long)buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await content.ReadAsync(buffer.AsMemory(length, (int)Math.Min(buffer.Length - length, limit + 1 - length)), ct);
                if (read == 0)
                    break;
                length += read;
                if (length > limit)
                    return Refuse(fileName, "too large", TooLargeMessage(limit));
            }
            if (length == 0)
                return Refuse(fileName, "empty", "Ce fichier est vide : choisissez une image.");

            var format = ImageFormat.Sniff(buffer.AsSpan(0, Math.Min(length, ImageFormat.SignatureLength)));
            if (format is null)
                return Refuse(fileName, "unknown signature", ImageProcessor.NotAnImage);
            var processed = await processor.ProcessAsync(format, buffer, length, ct);
            if (!processed.IsOk)
            {
                LogRefused(fileName, "image checks failed");
                return Result.Invalid(processed.Message!, processed.Errors);
            }
            return await WriteAsync(processed.Value, fileName, ct);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<StoredImage> WriteAsync(ProcessedImage image, string fileName, CancellationToken ct)
    {
        var id = MediaLayout.NewId(clock.GetUtcNow());
        await backend.WriteAsync(id, image, ct);
        LogStored(id, image.Format.Name, image.Width, image.Height, image.Variants.Count, fileName);
        return Describe(id, image.Format, image.Width, image.Height, image.Variants.Select(v => v.Width));
    }

    public async Task<StoredImage?> FindAsync(string id, CancellationToken ct)
    {
        if (!MediaLayout.IsId(id) || await backend.FindAsync(id, ct) is not { } stored)
            return null;
        return Describe(id, stored.Format, stored.Width, stored.Height, stored.VariantWidths);
    }

    public Task<MediaFile?> OpenAsync(string path, CancellationToken ct) =>
        MediaLayout.TryParseFile(path, out var format) ? backend.OpenAsync(path, format, ct) : Task.FromResult<MediaFile?>(null);

    private StoredImage Describe(string id, ImageFormat format, int width, int height, IEnumerable<int> variantWidths)
    {
        var baseUrl = tenantContext.Tenant.PathBase + "/" + MediaLayout.FolderName + "/" + id + "/";
        var variants = variantWidths.Order()
            .Select(w => new ImageVariant(w, MediaLayout.ScaledHeight(w, width, height), baseUrl + MediaLayout.FileName(w, format)))
            .ToList();
        return new StoredImage(id, format.ContentType, width, height, baseUrl + MediaLayout.FileName(null, format), variants);
    }

    private Result.Failure Refuse(string fileName, string reason, string message)
    {
        LogRefused(fileName, reason);
        return Result.Invalid(message, "file", message);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored image {MediaId} ({Format}, {Width}x{Height}, {VariantCount} variants) uploaded as {FileName}")]
    private partial void LogStored(string mediaId, string format, int width, int height, int variantCount, string fileName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused upload {FileName}: {Reason}")]
    private partial void LogRefused(string fileName, string reason);
}
