using System.Text.RegularExpressions;

namespace IncidentLearn.Core.Stories;

/// <summary>
/// Retells what the author did in the first person: "Dropped the slot." becomes "I dropped the slot.",
/// "The author paused the worker" becomes "I paused the worker". Returns null when a line cannot be retold
/// without guessing (chat shorthand, status lines), so the story leaves it out rather than mangling it.
/// </summary>
public static partial class FirstPerson
{
    private static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "found", "grew", "wrote", "took", "made", "sent", "ran", "led", "built", "began", "saw", "told", "put", "set",
        "cut", "shut", "kept", "left", "held", "brought", "caught", "chose", "gave", "got", "spent", "rebuilt", "rewrote",
        "undid", "thought", "sought", "dug", "drew", "knew", "read", "said", "spoke", "rang", "split", "shipped",
    };

    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "meanwhile", "then", "next", "finally", "afterwards", "later", "first", "instead",
    };

    [GeneratedRegex(@"\b[Tt]he author's\b")]
    private static partial Regex AuthorPossessive();

    [GeneratedRegex(@"\b[Tt]he author\b")]
    private static partial Regex AuthorSubject();

    /// <summary>"Decision: revert through the pusher…", a log's label for what its author decided.</summary>
    [GeneratedRegex(@"^Decision:\s*(?:to\s+)?(?<what>(?!(?:we|i|they|the|a|an)\b)\p{Ll}.*)$")]
    private static partial Regex DecisionLabel();

    public static string? Retell(string text, string properNounEvidence)
    {
        var sentence = text.Trim();
        if (sentence.Length == 0)
        {
            return null;
        }

        if (AuthorSubject().IsMatch(sentence))
        {
            sentence = AuthorSubject().Replace(AuthorPossessive().Replace(sentence, "my"), "I");
            return Sentences.Finish(sentence);
        }

        if (Regex.IsMatch(sentence, @"^(I|We)\b"))
        {
            return Sentences.Finish(sentence);
        }

        if (DecisionLabel().Match(sentence) is { Success: true } decision)
        {
            return Sentences.Finish("I decided to " + decision.Groups["what"].Value);
        }

        var words = sentence.Split(' ', 2);
        var first = words[0].TrimEnd(',');
        if (Connectives.Contains(first) && words.Length == 2)
        {
            var rest = Retell(words[1], properNounEvidence);
            return rest is null || !rest.StartsWith("I ", StringComparison.Ordinal) ? null : Sentences.Finish($"{first}, {rest}");
        }

        if (IsPastTenseVerb(first))
        {
            // The first word is a verb, so it is never a name: lower it outright.
            return Sentences.Finish("I " + char.ToLowerInvariant(sentence[0]) + sentence[1..]);
        }

        if (first.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && char.IsUpper(first[0]) && first.Length > 5)
        {
            return Sentences.Finish("I was " + char.ToLowerInvariant(sentence[0]) + sentence[1..]);
        }

        return null;
    }

    private static bool IsPastTenseVerb(string word) =>
        IrregularPast.Contains(word)
        || (word.Length > 4 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && word.EndsWith("ed", StringComparison.Ordinal)
            && !word.EndsWith("eed", StringComparison.Ordinal));
}
