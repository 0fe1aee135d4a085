namespace Ngp.Users.Security;

public enum SignInOutcome
{
    Succeeded,
    WrongCredentials,
    LockedOut,
}
