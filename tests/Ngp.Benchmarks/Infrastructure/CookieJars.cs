using System.Net;

namespace Ngp.Benchmarks.Infrastructure;

/// <summary>
/// The cookies of many people, each kept as a browser keeps them: sent with each of that person's requests, and
/// replaced by what the answer sets (the site renews a session cookie when it checks it again).
/// </summary>
public sealed class CookieJars(Uri site, IReadOnlyList<CookieContainer> jars)
{
    public int Count => jars.Count;

    public string Header(int person) => jars[person].GetCookieHeader(site);

    public void Remember(int person, HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values))
            return;
        foreach (var value in values)
            jars[person].SetCookies(site, value);
    }
}
