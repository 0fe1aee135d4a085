using Microsoft.AspNetCore.Identity;

namespace Ngp.Core.Data;

public sealed class NgpRole : IdentityRole
{
    public NgpRole()
    {
    }

    public NgpRole(string name)
        : base(name)
    {
    }
}
