using Ngp.Core.Modules;

namespace Ngp.Projects.Data;

/// <summary>The tables of the projects module (<c>ProjectStates</c>), its own from its first migration.</summary>
public static class ProjectsSchema
{
    public static ModuleSchema Definition { get; } = new("Projects", typeof(SqliteProjectsSchemaContext), typeof(PostgresProjectsSchemaContext));
}
