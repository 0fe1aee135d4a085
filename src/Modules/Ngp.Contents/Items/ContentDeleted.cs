using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Contents.Definitions;
using Ngp.Core.Accounts;
using Ngp.Core.Outbox;

namespace Ngp.Contents.Items;

public sealed record ContentDeleted(string ContentItemId, string ContentType) : IDomainEvent;
