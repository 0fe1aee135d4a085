using System.Globalization;

namespace Ngp.Media.Storage;

/// <summary>The image folders (<c>yyyy/MM/&lt;id&gt;</c>) under a media root, as both backends lay them out on disk.</summary>
internal static class MediaFolders
{
    public static IEnumerable<(string Id, string Path)> List(string root)
    {
        if (!Directory.Exists(root))
            yield break;
        foreach (var year in Directory.EnumerateDirectories(root))
        {
            foreach (var month in Directory.EnumerateDirectories(year))
            {
                foreach (var image in Directory.EnumerateDirectories(month))
                {
                    var id = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(year)}/{Path.GetFileName(month)}/{Path.GetFileName(image)}");
                    if (MediaLayout.IsId(id))
                        yield return (id, image);
                }
            }
        }
    }

    /// <summary>Deletes an image's folder, tolerating another process deleting it at the same time.</summary>
    public static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
