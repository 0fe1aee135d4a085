using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Ngp.Search.Indexing;

/// <summary>
/// French text analysis used both when indexing and when parsing queries, so that what a resident types meets what
/// was written: elision (l'entretien → entretien), lower case, French stop words, light French stemming
/// (réhabilitations → réhabilitation), then ASCII folding so that accents are optional (renovation → rénovation).
/// Stemming runs before folding because the French stemmer knows accented endings.
/// </summary>
public sealed class FrenchSearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet _stopWords = FrenchAnalyzer.DefaultStopSet;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, _stopWords);
        stream = new FrenchLightStemFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    // The text field holds the title, the tags and the body as separate values: a phrase never spans two of them.
    public override int GetPositionIncrementGap(string fieldName) => 100;
}
