using Ngp.Core.Modules;

namespace Ngp.Contents.Data;

/// <summary>The tables of the contents module (<c>ContentItemVersions</c>, <c>ContentTags</c>, <c>ContentSlugs</c>, <c>ContentTypes</c>, <c>ContentShortLinks</c>), which the host's migrations created before (<c>Contents</c>, then <c>ContentShortLinksForPosters</c>, which it adopts).</summary>
public static class ContentsSchema
{
    public static ModuleSchema Definition { get; } =
        new("Contents", typeof(SqliteContentsSchemaContext), typeof(PostgresContentsSchemaContext), AdoptedHostMigration: "ContentShortLinksForPosters");
}
