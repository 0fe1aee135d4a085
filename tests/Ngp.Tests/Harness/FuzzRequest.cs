namespace Ngp.Tests.Harness;

/// <summary>
/// One request of the route fuzzer: the documented route it targets, the hostile input it carries, its body made
/// afresh for each send, and the status it must get when only one is right.
/// </summary>
public sealed record FuzzRequest(HttpMethod Method, string Route, string Url, string Input, Func<HttpContent?> Body, int? Expected = null)
{
    public HttpRequestMessage ToMessage() => new(Method, Url) { Content = Body() };

    public override string ToString() => $"{Method} {Route} [{Input}]";
}
