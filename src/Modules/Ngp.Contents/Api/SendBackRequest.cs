namespace Ngp.Contents.Api;

public sealed record SendBackRequest(string? Comment);
