using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Core.Accounts;

namespace Ngp.Notifications.Data;

public enum EmailStatus
{
    Queued = 0,
    Sent = 1,
    Retrying = 2,
    Dead = 3,
}
