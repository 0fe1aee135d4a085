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

public sealed record FacetValue(string Value, int Count);
