using Microsoft.AspNetCore.Http.Metadata;

namespace Ngp.Core.Web;

/// <summary>
/// An endpoint's own limit on the size of the request body, in place of the JSON API's (files, CSV lists), and the
/// French sentence that refuses a larger one (a general one when null).
/// </summary>
public sealed record BodyLimit(long? MaxRequestBodySize, string? Message = null) : IRequestSizeLimitMetadata;
