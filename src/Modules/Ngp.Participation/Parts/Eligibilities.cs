namespace Ngp.Participation.Parts;

public static class Eligibilities
{
    public const string Agency = "agency";
    public const string Buildings = "buildings";
}
