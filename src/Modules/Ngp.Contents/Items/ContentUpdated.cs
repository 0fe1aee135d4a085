using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Contents.Definitions;
using Ngp.Core.Accounts;
using Ngp.Core.Outbox;

namespace Ngp.Contents.Items;

public sealed record ContentUpdated(string ContentItemId, string ContentType, int Version, string AuthorId) : IDomainEvent;
