using Ngp.Core.Modules;

namespace Ngp.Meetings;

public sealed class MeetingsHomeSection : IHomeSection
{
    public int Order => 30;

    public string PartialName => "Meetings-Home";
}
