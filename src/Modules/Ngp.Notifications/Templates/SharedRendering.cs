using System.Security.Cryptography;
using System.Text;
using Fluid.Ast;
using Fluid.Ast.BinaryExpressions;
using Fluid.Parser;
using Fluid.Values;

namespace Ngp.Notifications.Templates;

/// <summary>
/// Renders one template for many recipients of the same notice. Everything but the recipient (its name, address,
/// unsubscribe link, and the subject made from them) is the same for all, so the template is rendered once with an
/// opaque marker in place of each of those values, and each e-mail is that skeleton with the recipient's values put
/// in (HTML-encoded in the HTML part, exactly as the template would have encoded them). Why and what it saves:
/// docs/decisions/0001-notice-fan-out.md.
/// This is only done when the template provably uses those values as plain outputs (<c>{{ Recipient.Name }}</c>) or
/// in tests against blank, empty or nil — a skeleton is kept per combination of absent values; any other use (a
/// filter, a comparison with text, a loop, an include) makes every e-mail rendered on its own, as before.
/// </summary>
public sealed class SharedRendering
{
    private static readonly string[] _roots = ["Recipient", "UnsubscribeUrl", "Subject"];

    private readonly EmailTemplates _templates;
    private readonly TemplateSource _source;
    private readonly string _marker = "ngp" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
    private readonly Dictionary<int, Skeleton> _skeletons = [];

    public SharedRendering(EmailTemplates templates, TemplateSource source)
    {
        _templates = templates;
        _source = source;
        IsShared = Analyze(source.Subject) && Analyze(source.Html) && Analyze(source.Text);
    }

    /// <summary>Whether e-mails are made from one rendering (else each is rendered on its own).</summary>
    public bool IsShared { get; }

    public RenderedEmail Render(EmailModel model)
    {
        var name = model.Recipient.Name;
        var url = model.UnsubscribeUrl;
        // A value made only of spaces is neither absent nor like a marker for `blank`: rendered on its own.
        if (!IsShared || IsSpaces(name) || IsSpaces(url) || string.IsNullOrWhiteSpace(model.Recipient.Email))
            return _templates.Render(_source, model);
        var absent = (name is null ? 1 : 0) | (url is null ? 2 : 0);
        if (!_skeletons.TryGetValue(absent, out var skeleton))
            _skeletons[absent] = skeleton = Build(model, absent);

        string?[] values = [name, model.Recipient.Email, url, null];
        var subject = EmailTemplates.NormalizeSubject(skeleton.Subject.Fill(values, encode: false));
        if (string.IsNullOrWhiteSpace(subject))
            return _templates.Render(_source, model);
        values[3] = subject;
        model.Subject = subject;
        return new RenderedEmail(subject, skeleton.Html.Fill(values, encode: true), skeleton.Text.Fill(values, encode: false).Trim() + "\n");
    }

    private static bool IsSpaces(string? value) => value is not null && string.IsNullOrWhiteSpace(value);

    private string Marker(int variable) => $"{_marker}v{variable}x";

    private Skeleton Build(EmailModel model, int absent)
    {
        var stand = new EmailModel
        {
            Culture = model.Culture,
            Site = model.Site,
            Recipient = new RecipientModel { Name = (absent & 1) != 0 ? null : Marker(0), Email = Marker(1) },
            Notice = model.Notice,
            Data = model.Data,
            Entries = model.Entries,
            Frequency = model.Frequency,
            UnsubscribeUrl = (absent & 2) != 0 ? null : Marker(2),
            SettingsUrl = model.SettingsUrl,
        };
        var subject = _templates.RenderPart(_source.Subject, stand, html: false);
        stand.Subject = Marker(3);
        return new Skeleton(Split(subject), Split(_templates.RenderPart(_source.Html, stand, html: true)), Split(_templates.RenderPart(_source.Text, stand, html: false)));
    }

    private Parts Split(string rendered)
    {
        var parts = new List<(string Text, int Variable)>();
        var position = 0;
        while (true)
        {
            var found = rendered.IndexOf(_marker, position, StringComparison.Ordinal);
            if (found < 0)
                break;
            var end = rendered.IndexOf('x', found + _marker.Length);
            var variable = rendered[found + _marker.Length + 1] - '0';
            parts.Add((rendered[position..found], variable));
            position = end + 1;
        }
        parts.Add((rendered[position..], -1));
        return new Parts(parts);
    }

    private bool Analyze(string source)
    {
        if (!_templates.TryParse(source, out var template) || template is not FluidTemplate fluid)
            return false;
        var visitor = new RecipientUse();
        visitor.VisitTemplate(fluid);
        return !visitor.Unsafe;
    }

    private sealed record Skeleton(Parts Subject, Parts Html, Parts Text);

    private sealed class Parts(List<(string Text, int Variable)> parts)
    {
        private readonly int _length = parts.Sum(p => p.Text.Length);

        public string Fill(string?[] values, bool encode)
        {
            var builder = new StringBuilder(_length + 256);
            foreach (var (text, variable) in parts)
            {
                builder.Append(text);
                if (variable >= 0 && values[variable] is { } value)
                    builder.Append(encode ? EmailTemplates.HtmlEncoder.Encode(value) : value);
            }
            return builder.ToString();
        }
    }

    /// <summary>Finds any use of a recipient's value other than a plain output or a test against blank, empty or nil.</summary>
    private sealed class RecipientUse : AstVisitor
    {
        public bool Unsafe { get; private set; }

        protected override Statement VisitOutputStatement(OutputStatement outputStatement) =>
            outputStatement.Expression is MemberExpression member && IsRecipientValue(member) ? outputStatement : base.VisitOutputStatement(outputStatement);

        protected override Expression VisitEqualBinaryExpression(EqualBinaryExpression equalBinaryExpression) =>
            IsPresenceTest(equalBinaryExpression) ? equalBinaryExpression : base.VisitEqualBinaryExpression(equalBinaryExpression);

        protected override Expression VisitNotEqualBinaryExpression(NotEqualBinaryExpression notEqualBinaryExpression) =>
            IsPresenceTest(notEqualBinaryExpression) ? notEqualBinaryExpression : base.VisitNotEqualBinaryExpression(notEqualBinaryExpression);

        protected override Expression VisitMemberExpression(MemberExpression memberExpression)
        {
            if (Root(memberExpression) is not { } root || _roots.Contains(root, StringComparer.OrdinalIgnoreCase))
                Unsafe = true;
            return base.VisitMemberExpression(memberExpression);
        }

        // Tags this visitor cannot see into could use anything.
        protected override Statement VisitIncludeStatement(IncludeStatement includeStatement) => Refuse(includeStatement);

        protected override Statement VisitRenderStatement(RenderStatement renderStatement) => Refuse(renderStatement);

        public override Statement VisitOtherStatement(Statement statement) => Refuse(statement);

        public override Expression VisitOtherExpression(Expression expression)
        {
            Unsafe = true;
            return expression;
        }

        private Statement Refuse(Statement statement)
        {
            Unsafe = true;
            return statement;
        }

        private static bool IsPresenceTest(BinaryExpression binary) =>
            (binary.Left is MemberExpression left && IsRecipientValue(left) && IsAbsence(binary.Right))
            || (binary.Right is MemberExpression right && IsRecipientValue(right) && IsAbsence(binary.Left));

        private static bool IsAbsence(Expression expression) =>
            expression is LiteralExpression { Value: BlankValue or EmptyValue or NilValue };

        private static string? Root(MemberExpression member) =>
            member.Segments.Count > 0 && member.Segments[0] is IdentifierSegment identifier ? identifier.Identifier : null;

        /// <summary><c>Recipient.Name</c>, <c>Recipient.Email</c>, <c>UnsubscribeUrl</c> or <c>Subject</c>, and nothing deeper.</summary>
        private static bool IsRecipientValue(MemberExpression member) =>
            Root(member) is { } root && (member.Segments.Count, root.ToLowerInvariant()) switch
            {
                (1, "unsubscribeurl" or "subject") => true,
                (2, "recipient") => member.Segments[1] is IdentifierSegment { Identifier: var name }
                                    && (name.Equals("Name", StringComparison.OrdinalIgnoreCase) || name.Equals("Email", StringComparison.OrdinalIgnoreCase)),
                _ => false,
            };
    }
}
