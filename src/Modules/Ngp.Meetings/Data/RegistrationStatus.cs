using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Core.Accounts;

namespace Ngp.Meetings.Data;

public enum RegistrationStatus
{
    Registered,
    Waiting,
    Cancelled,
}
