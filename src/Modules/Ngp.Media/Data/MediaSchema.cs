using Ngp.Core.Modules;

namespace Ngp.Media.Data;

/// <summary>The tables of the media module (<c>MediaFiles</c>), which the host's <c>MediaFilesInDatabase</c> created before.</summary>
public static class MediaSchema
{
    public static ModuleSchema Definition { get; } =
        new("Media", typeof(SqliteMediaSchemaContext), typeof(PostgresMediaSchemaContext), AdoptedHostMigration: "MediaFilesInDatabase");
}
