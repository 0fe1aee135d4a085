using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Util;
using Ngp.Search.Indexing;

namespace Ngp.Search.Querying;

public sealed record SearchHit(
    string Id, string ContentItemId, string Type, string Title, string Excerpt, string? Url, DateTimeOffset Date,
    int? Ambition, IReadOnlyList<string> Themes, IReadOnlyList<string> Tags, string Agency, string AgencyName, string TypeLabel);
