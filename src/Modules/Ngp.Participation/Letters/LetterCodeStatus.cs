namespace Ngp.Participation.Letters;

/// <summary>What a letter's code is worth now.</summary>
public enum LetterCodeStatus
{
    Unknown,
    Used,
    Expired,
    Valid,
}
