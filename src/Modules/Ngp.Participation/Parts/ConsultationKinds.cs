namespace Ngp.Participation.Parts;

public static class ConsultationKinds
{
    public const string Vote = "vote";
    public const string Dwelling = "dwelling";
}
