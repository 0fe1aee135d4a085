namespace Ngp.Notifications.Templates;

public sealed class RecipientModel
{
    public string? Name { get; init; }

    public required string Email { get; init; }
}
