using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Web;

namespace Ngp.Media.Api;

public sealed record MediaVariantDto(int Width, int Height, string Url);
