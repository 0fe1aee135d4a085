using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Core.Accounts;

namespace Ngp.Notifications.Data;

public enum NotificationFrequency
{
    Daily = 0,
    Immediate = 1,
    Weekly = 2,
    None = 3,
}
