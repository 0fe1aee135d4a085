using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ngp.Core.Data;
using Ngp.Core.Outbox;

namespace Ngp.Search.Indexing;

public enum IndexingTaskKind
{
    Update,
    Delete,
}
