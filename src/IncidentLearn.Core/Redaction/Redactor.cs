using System.Text;
using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Redaction;

/// <summary>
/// Makes texts safe to take outside the company: companies, customers, people, hosts, IPs, URLs, e-mail addresses and
/// money become neutral placeholders, the same placeholder for the same detail across all texts of one story.
/// </summary>
public static partial class Redactor
{
    [GeneratedRegex(@"\bhttps?://[^\s)>\]""']+|\bwww\.[^\s)>\]""']+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?\b")]
    private static partial Regex Ip();

    [GeneratedRegex(@"\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|io|dev|internal|local|corp|lan|cloud|example|de|co|uk|jp)\b")]
    private static partial Regex DomainName();

    /// <summary>Short host names end in a number: rmq-2, pg-main-01, db-primary-01a. Cloud regions (eu-west-1) are not hosts.</summary>
    [GeneratedRegex(@"(?<![\w-])(?!(?:us|eu|ap|sa|ca|me|af)-[a-z]+-\d\b)[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d+[a-z]?\b")]
    private static partial Regex ShortHost();

    [GeneratedRegex(@"[€$£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|k|m|bn)\b)?|\b\d[\d,.]*\s?(?:EUR|USD|GBP|JPY|euros?|dollars?|pounds)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    /// <param name="texts">The texts to share, each named by its field ("full.text", "followUps[0].answer").</param>
    public static RedactionPreview Preview(IReadOnlyList<(string Field, string Text)> texts, IncidentRecord record, RedactionTerms? extra = null)
    {
        var terms = SensitiveTerms.From(record, texts.Select(t => t.Text), extra ?? RedactionTerms.None);
        var placeholders = new Placeholders();
        var changes = new List<RedactionChange>();
        var redacted = new List<RedactedText>();
        foreach (var (field, text) in texts)
        {
            // Numbered in reading order, applied from the end so earlier offsets stay valid.
            var found = Find(text, terms).OrderBy(f => f.Start).Select(f => (f.Start, f.Length, f.Kind, Replacement: placeholders.For(f.Kind, f.Identity))).ToList();
            var builder = new StringBuilder(text);
            foreach (var (start, length, kind, replacement) in found.OrderByDescending(f => f.Start))
            {
                builder.Remove(start, length).Insert(start, replacement);
                changes.Add(new RedactionChange(field, text.Substring(start, length), replacement, kind, start, length));
            }

            redacted.Add(new RedactedText(field, text, builder.ToString()));
        }

        return new RedactionPreview(redacted, changes.OrderBy(c => c.Field, StringComparer.Ordinal).ThenBy(c => c.Start).ToList());
    }

    private static List<(int Start, int Length, RedactionKind Kind, string Identity)> Find(string text, List<(string Term, RedactionKind Kind, string Identity)> terms)
    {
        // Earlier detectors win where matches overlap: a URL holds a host, and a host may hold a person's name.
        var candidates = new List<(int Start, int Length, RedactionKind Kind, string Identity)>();
        void Add(Regex pattern, RedactionKind kind, bool sameIdentity = false)
        {
            foreach (Match m in pattern.Matches(text))
            {
                var value = m.Value.TrimEnd('.', ',', ';', ':');
                candidates.Add((m.Index, value.Length, kind, sameIdentity ? "amount" : value));
            }
        }

        Add(Url(), RedactionKind.Url);
        Add(Email(), RedactionKind.Email);
        Add(Ip(), RedactionKind.IpAddress);
        Add(DomainName(), RedactionKind.Host);
        Add(ShortHost(), RedactionKind.Host);
        Add(Money(), RedactionKind.Money, sameIdentity: true);
        foreach (var (term, kind, identity) in terms.OrderByDescending(t => t.Term.Length))
        {
            foreach (Match m in Regex.Matches(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(term)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase))
            {
                candidates.Add((m.Index, m.Length, kind, identity));
            }
        }

        var kept = new List<(int Start, int Length, RedactionKind Kind, string Identity)>();
        foreach (var c in candidates)
        {
            if (!kept.Any(k => c.Start < k.Start + k.Length && k.Start < c.Start + c.Length))
            {
                kept.Add(c);
            }
        }

        return kept;
    }
}
