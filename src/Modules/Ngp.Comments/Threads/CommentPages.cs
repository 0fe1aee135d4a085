using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Ngp.Comments.Threads;

/// <summary>
/// The query string of an item's comment pages: <c>?commentaires=N</c> is a page of threads, <c>?commentaire=ID</c>
/// the page that holds one comment (the links sent after posting and in notifications).
/// </summary>
public static class CommentPages
{
    public const string PageKey = "commentaires";

    public const string CommentKey = "commentaire";

    /// <summary>A page number that is not a positive number reads the first page, one past the end the last.</summary>
    public static CommentPaging From(IQueryCollection query, int threadsPerPage)
    {
        var page = int.TryParse(query[PageKey], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        long? showing = long.TryParse(query[CommentKey], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        return new CommentPaging(threadsPerPage, page, showing);
    }

    public static string Link(int page) => $"?{PageKey}={page.ToString(CultureInfo.InvariantCulture)}#commentaires";

    /// <summary>The item's address that shows one comment, whichever page it is on.</summary>
    public static string LinkTo(string itemUrl, long commentId) =>
        $"{itemUrl}?{CommentKey}={commentId.ToString(CultureInfo.InvariantCulture)}#commentaire-{commentId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Page numbers to offer: the first, the last and two each side of the current one; null where some are left out.</summary>
    public static IEnumerable<int?> Shown(int current, int count)
    {
        int? previous = null;
        for (var page = 1; page <= count; page++)
        {
            if (page != 1 && page != count && Math.Abs(page - current) > 2)
                continue;
            if (previous is { } last && page > last + 1)
                yield return null;
            yield return page;
            previous = page;
        }
    }
}
