using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Contents.Definitions;
using Ngp.Core.Accounts;
using Ngp.Core.Outbox;

namespace Ngp.Contents.Items;

public sealed class ContentTag
{
    public long Id { get; set; }

    public long VersionId { get; set; }

    public required string Tag { get; set; }
}
