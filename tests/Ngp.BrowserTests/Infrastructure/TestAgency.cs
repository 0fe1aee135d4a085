namespace Ngp.BrowserTests.Infrastructure;

/// <summary>An agency created for one test: its address and its first administrator.</summary>
public sealed record TestAgency(string Name, string DisplayName, Uri BaseAddress, string AdminEmail, string AdminPassword)
{
    /// <summary>The recipe's demo residents already use DEMO-0001; a lease verifies at most two accounts.</summary>
    public const string FreeLeaseReference = "DEMO-0002";

    /// <summary>Absolute address of a page of this agency, e.g. <c>Url("compte/inscription")</c>.</summary>
    public string Url(string relative = "") => new Uri(BaseAddress, relative.TrimStart('/')).ToString();

    /// <summary>A demo lease of the agency recipe, DEMO-0002 to DEMO-0020.</summary>
    public static string LeaseReference(int number) =>
        number is >= 2 and <= 20
            ? $"DEMO-{number:0000}"
            : throw new ArgumentOutOfRangeException(nameof(number), number, "The agency recipe imports DEMO-0001 to DEMO-0020 and DEMO-0001 is taken.");

    /// <summary>A new resident's e-mail address, unique to the test run.</summary>
    public static string NewEmail() => $"locataire-{Guid.NewGuid().ToString("N")[..10]}@example.org";
}
