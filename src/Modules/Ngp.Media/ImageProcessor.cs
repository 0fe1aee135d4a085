using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ngp.Core.Results;
using SkiaSharp;

namespace Ngp.Media;

/// <summary>
/// Decodes and re-encodes images with Skia. Shared by every tenant: it holds no tenant state, only a gate that keeps the
/// number of images decoded at once to the number of cores (a 40-megapixel image takes 160 MB once decoded).
/// </summary>
internal sealed partial class ImageProcessor(IOptions<MediaOptions> options, ILogger<ImageProcessor> logger) : IDisposable
{
    public const string NotAnImage = "Ce fichier n'est pas une image JPEG, PNG ou WebP : choisissez une photo ou une image dans l'un de ces formats.";
    public const string Damaged = "Cette image est endommagée ou incomplète : elle ne peut pas être lue.";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private readonly MediaOptions _options = options.Value;
    private readonly SemaphoreSlim _gate = new(Math.Max(1, Environment.ProcessorCount));

    public async Task<Result<ProcessedImage>> ProcessAsync(ImageFormat format, byte[] bytes, int length, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return Process(format, bytes, length);
        }
        finally
        {
            _gate.Release();
        }
    }

    private Result<ProcessedImage> Process(ImageFormat format, byte[] bytes, int length)
    {
        using var data = SKData.CreateCopy(bytes.AsSpan(0, length));
        using var codec = SKCodec.Create(data);
        // The codec must agree with the signature: bytes that only start like an image are not one.
        if (codec is null || codec.EncodedFormat != format.Encoded)
            return Invalid("no decoder for the announced format", NotAnImage);
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0)
            return Invalid("empty dimensions", Damaged);
        if ((long)info.Width * info.Height > _options.MaxPixels)
            return Invalid($"{info.Width}x{info.Height} pixels", $"Cette image est trop grande ({info.Width} × {info.Height} pixels) : {(_options.MaxPixels / 1_000_000d).ToString("0.#", French)} mégapixels au maximum.");

        var alpha = info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var target = new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(target);
        var decoding = codec.GetPixels(target, decoded.GetPixels());
        if (decoding != SKCodecResult.Success)
            return Invalid("decoding " + decoding, Damaged);

        // Re-encoding drops the EXIF block, and with it the orientation a phone wrote there: apply it to the pixels first.
        using var oriented = Orient(decoded, codec.EncodedOrigin);
        var upright = oriented ?? decoded;
        var original = Encode(upright, format);
        var variants = new List<EncodedVariant>();
        foreach (var width in MediaLayout.WidthsFor(upright.Width))
        {
            var height = MediaLayout.ScaledHeight(width, upright.Width, upright.Height);
            using var resized = upright.Resize(upright.Info.WithSize(width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear))
                ?? throw new InvalidOperationException($"Skia could not resize a {upright.Width}x{upright.Height} image to {width}x{height}.");
            variants.Add(new EncodedVariant(width, height, Encode(resized, format)));
        }
        return new ProcessedImage(format, upright.Width, upright.Height, original, variants);
    }

    private Result.Failure Invalid(string reason, string message)
    {
        LogRefused(reason);
        return Result.Invalid(message, "file", message);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Image refused: {Reason}")]
    private partial void LogRefused(string reason);

    private byte[] Encode(SKBitmap bitmap, ImageFormat format)
    {
        var quality = format == ImageFormat.Jpeg ? _options.JpegQuality : format == ImageFormat.Webp ? _options.WebpQuality : 100;
        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(format.Encoded, quality)
            ?? throw new InvalidOperationException($"Skia could not encode a {bitmap.Width}x{bitmap.Height} image as {format.Name}.");
        return encoded.ToArray();
    }

    /// <summary>The bitmap as the camera meant it to be seen (EXIF orientation, Skia's own matrices); null when it already is.</summary>
    private static SKBitmap? Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        int w = source.Width, h = source.Height;
        SKMatrix matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        if (matrix.IsIdentity)
            return null;
        var swapped = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(source.Info.WithSize(swapped ? h : w, swapped ? w : h));
        using var canvas = new SKCanvas(result);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(source, 0, 0);
        return result;
    }

    public void Dispose() => _gate.Dispose();
}
