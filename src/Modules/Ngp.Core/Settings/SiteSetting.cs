namespace Ngp.Core.Settings;

public sealed class SiteSetting
{
    public required string Key { get; set; }

    public required string Value { get; set; }
}
