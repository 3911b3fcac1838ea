using System.Text.RegularExpressions;

namespace IncidentLearn.Core.Text;

/// <summary>Recognises questions in text: quiz questions the source asks, and the interview question an answer answers.</summary>
public static partial class QuestionText
{
    /// <summary>A line that asks something: ends with "?" and has a few words.</summary>
    public static bool IsQuestion(string line)
    {
        var trimmed = line.Trim().TrimEnd('*', '_').TrimEnd();
        return trimmed.EndsWith('?') && trimmed.Count(c => c == ' ') >= 2 && trimmed.Length <= 400;
    }

    /// <summary>An interview prompt: "Tell me about a time…", "Describe a situation…", or a question addressed to "you".</summary>
    public static bool IsInterviewPrompt(string line)
    {
        var trimmed = StripQuestionLabel(line.Trim());
        if (trimmed.Length is < 12 or > 400)
        {
            return false;
        }

        return PromptOpening().IsMatch(trimmed) || (trimmed.EndsWith('?') && YouQuestion().IsMatch(trimmed));
    }

    /// <summary>
    /// The interview question a line asks, without its label, markup or quotes ("**Question 2:** Tell me …",
    /// "Interview answer – "Describe an outage you caused""), or null when the line asks none.
    /// </summary>
    public static string? PromptIn(string line)
    {
        var trimmed = StripQuestionLabel(line.Trim().Trim('*', '_', '#', ' ')).Trim();
        var unquoted = trimmed.Trim('"', '\u201c', '\u201d').Trim();
        if (IsInterviewPrompt(unquoted))
        {
            return unquoted;
        }

        // A page's own words before the quoted question ("Sample answer: "Tell me about …"").
        var open = trimmed.IndexOfAny(['"', '\u201c']);
        var close = open < 0 ? -1 : trimmed.IndexOfAny(['"', '\u201d'], open + 1);
        var quoted = close > open + 1 ? trimmed[(open + 1)..close].Trim() : "";
        return open > 0 && IsInterviewPrompt(quoted) ? quoted : null;
    }

    /// <summary>Removes a leading "Question:" or "Q1." label.</summary>
    public static string StripQuestionLabel(string line)
    {
        var match = QuestionLabel().Match(line);
        return match.Success ? line[match.Length..].Trim() : line;
    }

    /// <summary>The key used to tell two printings of one question apart from two questions.</summary>
    public static string DedupeKey(string question) =>
        string.Join(' ', question.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', ' ');

    public static List<string> Distinct(IEnumerable<string> questions)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return questions.Where(q => seen.Add(DedupeKey(q))).ToList();
    }

    [GeneratedRegex(@"^(?:tell (?:me|us) about|describe|give (?:me |us )?an? (?:example|time|situation)|walk (?:me|us) through|talk (?:me |us )?(?:about|through)|share an? (?:time|example|situation)|have you ever|can you (?:tell|describe|share|walk|give)|what (?:was|is) the (?:hardest|toughest|biggest|most)|how (?:did|do|would) you|what would you do)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PromptOpening();

    [GeneratedRegex(@"\b(?:you|your)\b.{0,200}\b(?:time|situation|example|incident|outage|when)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex YouQuestion();

    [GeneratedRegex(@"^(?:\*\*|__)?(?:interview )?(?:question|prompt|q)\s*\d{0,3}\s*(?:\*\*|__)?\s*[:.)\-]\s*(?:\*\*|__)?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex QuestionLabel();
}
