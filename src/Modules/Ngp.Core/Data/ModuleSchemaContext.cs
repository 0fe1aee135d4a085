using Microsoft.EntityFrameworkCore;
using Ngp.Core.Modules;

namespace Ngp.Core.Data;

/// <summary>
/// The migrations context of a module's own tables (<see cref="ModuleSchema"/>): the same entity configuration as the
/// module's <see cref="INgpModule.ConfigureModel"/>, nothing else. Only migrations use it; at run time the module
/// queries its tables through <see cref="NgpDbContext"/>, so its rows and its outbox events still commit together.
/// </summary>
public abstract class ModuleSchemaContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module whose <see cref="INgpModule.ConfigureModel"/> describes the tables.</summary>
    protected abstract INgpModule Module { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder) => Module.ConfigureModel(modelBuilder);
}
