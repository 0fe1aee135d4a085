namespace Ngp.Contents.Api;

/// <summary>Optional body of <c>publish</c>: a future instant schedules instead of publishing now.</summary>
public sealed record PublishRequest(DateTimeOffset? PublishAtUtc);
