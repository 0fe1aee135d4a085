using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Web;

namespace Ngp.Media.Api;

public sealed record MediaDto(string Id, string Url, int Width, int Height, IReadOnlyList<MediaVariantDto> Variants)
{
    public static MediaDto From(StoredImage image) =>
        new(image.Id, image.Url, image.Width, image.Height, image.Variants.Select(v => new MediaVariantDto(v.Width, v.Height, v.Url)).ToList());
}
