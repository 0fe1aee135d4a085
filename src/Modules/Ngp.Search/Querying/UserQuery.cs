using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Ngp.Search.Indexing;

namespace Ngp.Search.Querying;

/// <summary>
/// Turns what a visitor typed into a Lucene query, never throwing at them. Understood: words (all required),
/// <c>"phrases"</c>, <c>-excluded</c> words or phrases. Everything else (field names, brackets, wildcards,
/// operators, unbalanced quotes) is taken as plain words. Very long input is cut.
/// </summary>
public static class UserQuery
{
    public const int MaxLength = 200;
    public const int MaxTerms = 12;

    private static readonly string[] _rankingFields = [SearchFields.Title, SearchFields.Tags];
    private static readonly Dictionary<string, float> _boosts = new() { [SearchFields.Title] = 3f, [SearchFields.Tags] = 2f };

    /// <summary>The query, or null when the input holds nothing to search for (list everything).</summary>
    public static Query? Parse(string? input, Analyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(input))
            return null;
        var text = input.Length > MaxLength ? input[..MaxLength] : input;
        var clauses = Clauses(text);
        if (clauses.Count == 0)
            return null;
        static string Escaped((string Text, bool Excluded, bool IsPhrase) c) =>
            c.IsPhrase ? "\"" + QueryParserBase.Escape(c.Text) + "\"" : QueryParserBase.Escape(c.Text);
        var safe = new StringBuilder();
        foreach (var clause in clauses.Take(MaxTerms))
        {
            if (safe.Length > 0)
                safe.Append(' ');
            if (clause.Excluded)
                safe.Append('-');
            safe.Append(Escaped(clause));
        }
        if (clauses.All(c => c.Excluded))
            safe.Insert(0, "*:* ");
        try
        {
            var matching = Parser(analyzer).Parse(safe.ToString());
            var wanted = string.Join(' ', clauses.Take(MaxTerms).Where(c => !c.Excluded).Select(Escaped));
            if (wanted.Length == 0)
                return matching;
            // Matching reads one field; a word in the title or the tags only adds to the score.
            return new BooleanQuery { { matching, Occur.MUST }, { RankingParser(analyzer).Parse(wanted), Occur.SHOULD } };
        }
        catch (Exception e) when (e is ParseException or ArgumentException or InvalidOperationException or BooleanQuery.TooManyClausesException)
        {
            // Never expected after escaping; kept so that no input can reach the visitor as an error.
            var words = string.Join(' ', clauses.Where(c => !c.Excluded).Select(c => QueryParserBase.Escape(c.Text)));
            try
            {
                return words.Length == 0 ? null : Parser(analyzer).Parse(words);
            }
            catch (Exception)
            {
                return new BooleanQuery();
            }
        }
    }

    /// <summary>The words and phrases of the input, with their exclusion mark; operators and symbols become spaces.</summary>
    public static List<(string Text, bool Excluded, bool IsPhrase)> Clauses(string input)
    {
        var result = new List<(string, bool, bool)>();
        var i = 0;
        while (i < input.Length)
        {
            while (i < input.Length && char.IsWhiteSpace(input[i]))
                i++;
            if (i >= input.Length)
                break;
            var excluded = false;
            if (input[i] == '-' && i + 1 < input.Length && (char.IsLetterOrDigit(input[i + 1]) || input[i + 1] == '"'))
            {
                excluded = true;
                i++;
            }
            if (input[i] == '"')
            {
                var end = input.IndexOf('"', i + 1);
                if (end > i)
                {
                    var phrase = Words(input[(i + 1)..end]);
                    if (phrase.Length > 0)
                        result.Add((phrase, excluded, phrase.Contains(' ', StringComparison.Ordinal)));
                    i = end + 1;
                    continue;
                }
                // An unbalanced quote is ignored: the rest is read as words.
                i++;
                continue;
            }
            var start = i;
            while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] != '"')
                i++;
            var word = Words(input[start..i]);
            if (word.Length == 0)
                continue;
            foreach (var piece in word.Split(' '))
            {
                if (piece is "AND" or "OR" or "NOT" or "ET" or "OU")
                    continue;
                result.Add((piece, excluded, false));
            }
        }
        return result;
    }

    /// <summary>Every word required, in the text field, which holds the title, the tags and the body.</summary>
    private static QueryParser Parser(Analyzer analyzer) => new(FrenchSearchAnalyzer.Version, SearchFields.Text, analyzer)
    {
        DefaultOperator = Operator.AND,
        AllowLeadingWildcard = false,
        AutoGeneratePhraseQueries = true,
    };

    /// <summary>Any of the words in the title or the tags, weighted: what ranks a record whose title says it first.</summary>
    private static QueryParser RankingParser(Analyzer analyzer) => new MultiFieldQueryParser(FrenchSearchAnalyzer.Version, _rankingFields, analyzer, _boosts)
    {
        DefaultOperator = Operator.OR,
        AllowLeadingWildcard = false,
        AutoGeneratePhraseQueries = true,
    };

    /// <summary>Letters, digits, apostrophes and hyphens inside words; anything else (operators, brackets, colons) becomes a space.</summary>
    private static string Words(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
            clean.Append(char.IsLetterOrDigit(c) || c is '\'' or '’' or '-' ? c : ' ');
        return string.Join(' ', clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('-', '\'')).Where(w => w.Length > 0));
    }
}
