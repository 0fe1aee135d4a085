using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Core.Accounts;

namespace Ngp.Notifications.Data;

public enum SmtpTlsMode
{
    Auto = 0,
    None = 1,
    StartTls = 2,
    SslOnConnect = 3,
}
