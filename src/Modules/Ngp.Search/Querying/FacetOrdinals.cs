using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Ngp.Search.Indexing;

namespace Ngp.Search.Querying;

/// <summary>
/// The facet values of one segment, read once from its doc values into plain arrays: for each facet field, the label
/// of every ordinal and the ordinal of every document (the multi-valued theme field as offsets into one array).
/// Counting a hit is then a few array reads: doc values read per hit made facets the largest part of a query matching
/// many documents (docs/decisions/0009). A segment never changes once written, so the
/// arrays live as long as its core (deletions do not change doc values); they are built when a searcher opens on a
/// new segment, not by the first query that meets it.
/// </summary>
public sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, FacetOrdinals> _segments = new();

    private FacetOrdinals(string[] fields, string[][] labels, int[]?[] ordinals, int[] multiStarts, int[] multiOrdinals)
    {
        Fields = fields;
        Labels = labels;
        Ordinals = ordinals;
        MultiStarts = multiStarts;
        MultiOrdinals = multiOrdinals;
    }

    /// <summary>The facet fields, in <see cref="SiteSearcher.FacetFields"/> order.</summary>
    public string[] Fields { get; }

    /// <summary>Per field, the label of each ordinal.</summary>
    public string[][] Labels { get; }

    /// <summary>Per single-valued field, each document's ordinal (-1: none); null for the multi-valued field.</summary>
    public int[]?[] Ordinals { get; }

    /// <summary>For the multi-valued field: document d's ordinals are <c>MultiOrdinals[MultiStarts[d]..MultiStarts[d + 1]]</c>.</summary>
    public int[] MultiStarts { get; }

    public int[] MultiOrdinals { get; }

    /// <summary>The one multi-valued facet field: a record has several themes.</summary>
    public const string MultiValuedField = SearchFields.Theme;

    /// <summary>The arrays of a segment, read on first use.</summary>
    public static FacetOrdinals Of(AtomicReader segment) => _segments.GetValue(segment.CoreCacheKey, _ => Read(segment, SiteSearcher.FacetFields));

    /// <summary>Reads the arrays of every segment of a reader that has none yet (a searcher warming up).</summary>
    public static void Warm(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
            Of(leaf.AtomicReader);
    }

    private static FacetOrdinals Read(AtomicReader segment, string[] fields)
    {
        var maxDoc = segment.MaxDoc;
        var bytes = new BytesRef();
        var labels = new string[fields.Length][];
        var ordinals = new int[]?[fields.Length];
        int[] multiStarts = [];
        int[] multiOrdinals = [];
        for (var f = 0; f < fields.Length; f++)
        {
            if (fields[f] == MultiValuedField)
            {
                var multi = segment.GetSortedSetDocValues(fields[f]);
                labels[f] = new string[multi?.ValueCount ?? 0];
                for (var ord = 0; ord < labels[f].Length; ord++)
                {
                    multi!.LookupOrd(ord, bytes);
                    labels[f][ord] = bytes.Utf8ToString();
                }
                multiStarts = new int[maxDoc + 1];
                var collected = new List<int>(maxDoc);
                for (var doc = 0; doc < maxDoc && multi is not null; doc++)
                {
                    multiStarts[doc] = collected.Count;
                    multi.SetDocument(doc);
                    long ord;
                    while ((ord = multi.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                        collected.Add((int)ord);
                }
                multiStarts[maxDoc] = collected.Count;
                multiOrdinals = [.. collected];
                continue;
            }
            var single = segment.GetSortedDocValues(fields[f]);
            labels[f] = new string[single?.ValueCount ?? 0];
            for (var ord = 0; ord < labels[f].Length; ord++)
            {
                single!.LookupOrd(ord, bytes);
                labels[f][ord] = bytes.Utf8ToString();
            }
            var perDoc = new int[maxDoc];
            for (var doc = 0; doc < maxDoc; doc++)
                perDoc[doc] = single?.GetOrd(doc) ?? -1;
            ordinals[f] = perDoc;
        }
        return new FacetOrdinals(fields, labels, ordinals, multiStarts, multiOrdinals);
    }
}
