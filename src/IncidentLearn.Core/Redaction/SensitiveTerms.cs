using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Redaction;

/// <summary>
/// The names a record gives away: people (authors, timeline actors, names beside verbs such as "called" or "asked"),
/// the company (after "at" or "joined"), plus the caller's companies and customers. Each term maps to an identity
/// so "Katrin" and "Katrin Vogel" become the same person.
/// </summary>
internal static partial class SensitiveTerms
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "support", "team", "oncall", "on-call", "bot", "system", "alertmanager", "pagerduty", "monitoring", "the", "this", "that",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "postgres", "terraform", "android", "kubernetes",
        "rabbitmq", "grafana", "slack", "github", "play", "console", "cloud", "then", "when", "after", "before", "once", "while",
        "later", "afterwards", "meanwhile", "finally", "next", "here", "today", "yesterday", "and", "but", "so",
    };

    [GeneratedRegex(@"\b(?<name>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?)\s+(?:from|called|said|confirmed|declared|noticed|asked|told|paged|joined|approved|agreed|wrote|checked|replied|suggested|pointed|reviewed|led)\b")]
    private static partial Regex NameBeforeVerb();

    [GeneratedRegex(@"\b(?:with|asked|told|paged|thanked|by|to)\s+(?<name>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?)\b")]
    private static partial Regex NameAfterVerb();

    [GeneratedRegex(@"\b(?:[Aa]t|joined)\s+(?<name>[A-Z][\w&]+(?:\s[A-Z][\w&]+)?)(?=[\s,.;)]|$)")]
    private static partial Regex CompanyAfterAt();

    public static List<(string Term, RedactionKind Kind, string Identity)> From(IncidentRecord record, IEnumerable<string> texts, RedactionTerms extra)
    {
        var terms = new List<(string, RedactionKind, string)>();
        void Person(string full)
        {
            // "Later Katrin wrote" names Katrin: words that only start the sentence are not part of the name.
            var clean = string.Join(' ', full.Trim().Split(' ').SkipWhile(NotNames.Contains));
            if (clean.Length < 3 || NotNames.Contains(clean))
            {
                return;
            }

            // A known first name ties a new mention to the person already seen.
            var first = clean.Split(' ')[0];
            var known = terms.FirstOrDefault(t => t.Item2 == RedactionKind.Person && t.Item1.Split(' ')[0].Equals(first, StringComparison.OrdinalIgnoreCase));
            var identity = known.Item3 ?? clean;
            terms.Add((clean, RedactionKind.Person, identity));
            foreach (var part in clean.Split(' ').Where(p => p.Length >= 3 && !NotNames.Contains(p)))
            {
                terms.Add((part, RedactionKind.Person, identity));
            }
        }

        foreach (var company in extra.Companies.Where(c => !string.IsNullOrWhiteSpace(c)))
        {
            AddCompany(terms, company.Trim(), RedactionKind.Company);
        }

        foreach (var customer in extra.Customers.Where(c => !string.IsNullOrWhiteSpace(c)))
        {
            AddCompany(terms, customer.Trim(), RedactionKind.Customer);
        }

        record.Authors.ForEach(Person);
        foreach (var actor in record.Timeline.Select(e => e.Actor).OfType<string>().Distinct())
        {
            // Handles such as "dmitri.k" are a person; names with a hyphen are services ("email-sender").
            if (actor.Contains('-') || record.Services.Contains(actor, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var handle = actor.TrimStart('@').Split('.', '_')[0];
            if (!NotNames.Contains(handle))
            {
                Person(char.ToUpperInvariant(handle[0]) + handle[1..]);
                if (actor != handle)
                {
                    terms.Add((actor, RedactionKind.Person, terms.Last(t => t.Item2 == RedactionKind.Person).Item3));
                }
            }
        }

        var prose = string.Join("\n", texts.Append(record.AuthorRole ?? ""));
        foreach (Match m in CompanyAfterAt().Matches(prose))
        {
            var name = m.Groups["name"].Value;
            if (!NotNames.Contains(name.Split(' ')[0]) && !terms.Any(t => t.Item1.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                AddCompany(terms, name, RedactionKind.Company);
            }
        }

        foreach (Match m in NameBeforeVerb().Matches(prose).Concat(NameAfterVerb().Matches(prose)))
        {
            var name = m.Groups["name"].Value;
            if (!name.Split(' ').Any(NotNames.Contains) && !terms.Any(t => t.Item1.Equals(name, StringComparison.OrdinalIgnoreCase))
                && !record.Services.Concat(record.Tags).Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                Person(name);
            }
        }

        return terms;
    }

    private static void AddCompany(List<(string, RedactionKind, string)> terms, string name, RedactionKind kind)
    {
        terms.Add((name, kind, name));
        // "Mapleview Tickets" is also "Mapleview" in "the Mapleview engineering blog".
        var first = name.Split(' ')[0];
        if (first.Length >= 4 && first != name && !NotNames.Contains(first))
        {
            terms.Add((first, kind, name));
        }
    }
}
