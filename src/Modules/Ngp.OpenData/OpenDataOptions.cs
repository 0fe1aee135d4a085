namespace Ngp.OpenData;

/// <summary>The <c>Ngp:OpenData</c> settings: the licence every dataset of the site is published under.</summary>
public sealed class OpenDataOptions
{
    /// <summary>The licence's name as the page shows it.</summary>
    public string LicenseName { get; set; } = "Licence Ouverte / Etalab 2.0";

    /// <summary>The licence's address, given to harvesters in the catalogue (<c>dct:license</c>).</summary>
    public string LicenseUrl { get; set; } = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
}
