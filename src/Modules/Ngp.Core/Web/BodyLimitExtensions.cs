using Microsoft.AspNetCore.Builder;

namespace Ngp.Core.Web;

public static class BodyLimitExtensions
{
    /// <summary>Accepts request bodies up to <paramref name="bytes"/> on this endpoint; larger ones are refused with 413 and <paramref name="message"/>.</summary>
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes, string? message = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodyLimit(bytes, message));
}
