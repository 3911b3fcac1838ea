using IncidentLearn.Core.Reading.Labels;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Noise;

/// <summary>
/// An interview-preparation page's coaching around the story, told by the names of its parts rather than by
/// what they say. When the page offers a sample answer ("Sample answer", "✓ Strong Answer", "Example
/// response"), the story is that answer: the question stays, and everything else on the page (its header and
/// tags, "How to structure your answer", a STAR template with prompts, a weak answer, "Key points to mention",
/// "Common mistakes to avoid", the next question of a question bank) is the page's. Without a sample answer,
/// on a page that asks an interview question or labels a STAR story, the parts headed by coaching names
/// ("Tips", "STAR Framework Reference", "What interviewers are looking for") are dropped with what they hold.
/// </summary>
public sealed class InterviewCoachingEvidence : INoiseEvidence
{
    private const int MaxHeadingWords = 8;
    private const int MaxPageTitleWords = 14;
    private const int MaxQuestionWords = 80;
    private static readonly string[] AskingWords = ["you", "tell", "describe", "give", "walk", "talk", "share", "question", "prompt"];

    /// <summary>Headings that offer the story a page is built around.</summary>
    private static readonly HashSet<string> AnswerHeadings = Keys(
        "sample answer", "example answer", "model answer", "strong answer", "good answer", "great answer", "ideal answer",
        "best answer", "answer example", "sample response", "example response", "model response", "strong response",
        "sample star answer", "example star answer", "strong star answer");

    /// <summary>Coaching that names interviews or answers: one such heading is enough to know the page.</summary>
    private static readonly HashSet<string> InterviewCoaching = Keys(
        "how to structure your answer", "how to answer", "how to answer this question", "how to approach this question",
        "how to approach it", "how to approach", "why interviewers ask this", "why interviewers ask this question",
        "why they ask", "why this question is asked", "what interviewers are looking for", "what interviewers look for",
        "what the interviewer is looking for", "what they are looking for", "what they're looking for",
        "star framework", "star framework reference", "star method", "star template", "the star method",
        "weak answer", "bad answer", "poor answer", "what not to say", "answer tips", "tips for answering",
        "related questions", "similar questions", "practice this question", "follow up questions to expect");

    /// <summary>Coaching whose name alone could head part of a write-up: it counts with another coaching heading.</summary>
    private static readonly HashSet<string> GeneralCoaching = Keys(
        "introduction", "tips", "pro tips", "key points", "key points to mention", "key points to cover", "points to cover",
        "common mistakes", "common mistakes to avoid", "mistakes to avoid", "what to avoid", "pitfalls", "common pitfalls",
        "red flags");

    public void Mark(NoiseMarks marks)
    {
        var lines = marks.Document.Lines;
        var answers = new List<int>();
        var coaching = new List<int>();
        var interviewCoaching = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            // A line already known as page furniture ("Share this article", a repeat) heads nothing.
            if (marks.IsDropped(i) || HeadingKey(lines[i]) is not { } key)
            {
                continue;
            }

            if (AnswerHeadings.Contains(key))
            {
                answers.Add(i);
            }
            else if (InterviewCoaching.Contains(key) || GeneralCoaching.Contains(key))
            {
                coaching.Add(i);
                interviewCoaching += InterviewCoaching.Contains(key) ? 1 : 0;
            }
        }

        if (answers.Count > 0)
        {
            KeepOnlyTheAnswers(marks, answers, coaching);
            return;
        }

        var story = new Lazy<bool>(() => AsksOrLabelsAStory(lines));
        if ((interviewCoaching > 0 || coaching.Count >= 2) && story.Value)
        {
            foreach (var heading in coaching)
            {
                DropPart(marks, heading, PartEnd(lines, heading, coaching, answers));
            }
        }

        // "Top 5 Production Support STAR Method Interview Questions", "Behavioral Interview Questions (STAR Method)":
        // the title of a page of questions, above the one story it answers.
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank && lines[i].WordCount <= MaxPageTitleWords && lines[i].Content.TrimEnd()[^1] is not ('.' or '?' or '!')
                && lines[i].FoldedContent.Contains("interview questions", StringComparison.OrdinalIgnoreCase) && story.Value)
            {
                marks.DropPart(i, DropKind.Coaching, "the title of a page of interview questions, not of the story");
            }
        }
    }

    /// <summary>
    /// A page offering a sample answer: each answer runs from its heading to the next coaching heading, the
    /// next question or the end. The first interview question before it and a Markdown title stay; the rest goes.
    /// </summary>
    private static void KeepOnlyTheAnswers(NoiseMarks marks, List<int> answers, List<int> coaching)
    {
        var lines = marks.Document.Lines;
        var kept = new bool[lines.Count];
        var questionKept = false;
        for (var i = 0; i < answers[0]; i++)
        {
            var line = lines[i];
            if (!questionKept && QuestionText.PromptIn(line.Content) is not null)
            {
                kept[i] = questionKept = true;
            }

            kept[i] |= line.Content.StartsWith("# ", StringComparison.Ordinal);
        }

        foreach (var heading in answers)
        {
            for (var i = heading + 1; i < lines.Count && (marks.IsDropped(i) || !EndsAnswer(lines, i, coaching, answers)); i++)
            {
                kept[i] = true;
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (!kept[i] && !lines[i].IsBlank)
            {
                marks.DropPart(i, DropKind.Coaching, answers.Contains(i) ? "a prep page's label for its sample answer" : "an interview-prep page's coaching around its sample answer");
            }
        }
    }

    private static bool EndsAnswer(IReadOnlyList<SourceLine> lines, int index, List<int> coaching, List<int> answers) =>
        coaching.Contains(index) || answers.Contains(index) || AsksAnotherQuestion(lines[index]);

    // "Question 8", "**Question 3:** Tell me about …", "Describe a time you …": the next entry of a question bank.
    private static bool AsksAnotherQuestion(SourceLine line) =>
        !line.IsBlank && line.WordCount <= MaxQuestionWords && MayAsk(line.Content)
        && (QuestionText.PromptIn(line.Content) is not null || (HeadingKey(line) is { } key && LabelVocabulary.Find(key) == LabelField.Prompt));

    // A cheap look before the prompt test, which every line of a long answer would otherwise pay for: every
    // interview question and "Question 8" label has one of these words.
    private static bool MayAsk(string content)
    {
        foreach (var word in AskingWords)
        {
            if (content.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a coaching part ends: at the next heading of its level or above (Markdown), else at the next heading of a kind we know, a rule, a question or, for coaching beside a labelled story, a STAR label.</summary>
    private static int PartEnd(IReadOnlyList<SourceLine> lines, int heading, List<int> coaching, List<int> answers)
    {
        var level = AtxLevel(lines[heading].Content);
        for (var i = heading + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (level > 0)
            {
                if (AtxLevel(line.Content) is > 0 and var other && other <= level)
                {
                    return i;
                }

                continue;
            }

            if (coaching.Contains(i) || answers.Contains(i) || AtxLevel(line.Content) > 0 || IsRule(line.Content) || AsksAnotherQuestion(line)
                || (LabelParser.Parse(line) is { IsStar: true }))
            {
                return i;
            }
        }

        return lines.Count;
    }

    private static void DropPart(NoiseMarks marks, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!marks.Document.Lines[i].IsBlank)
            {
                marks.DropPart(i, DropKind.Coaching, "an interview-prep page's coaching, not the story");
            }
        }
    }

    private static bool AsksOrLabelsAStory(IReadOnlyList<SourceLine> lines)
    {
        var starLabels = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank || line.Content.Length > 400)
            {
                continue;
            }

            if (QuestionText.PromptIn(line.Content) is not null)
            {
                return true;
            }

            starLabels += LabelParser.Parse(line) is { IsStar: true } ? 1 : 0;
        }

        return starLabels >= 2;
    }

    /// <summary>The folded words of a line that could be a heading (short, not a sentence), without markup, numbering or a leading symbol ("✓ Strong Answer", "## 💡 Tips").</summary>
    private static string? HeadingKey(SourceLine line)
    {
        if (line.IsBlank || line.WordCount > MaxHeadingWords + 2)
        {
            return null;
        }

        var text = line.Content.AsSpan().Trim();
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        var words = text[start..];
        return words.Length == 0 || words[^1] == '.' || line.WordCount > MaxHeadingWords + 1
            ? null
            : LabelVocabulary.Key(words.ToString());
    }

    private static int AtxLevel(string content)
    {
        var level = 0;
        while (level < content.Length && content[level] == '#')
        {
            level++;
        }

        return level is > 0 and <= 6 && level < content.Length && content[level] == ' ' ? level : 0;
    }

    private static bool IsRule(string content)
    {
        var trimmed = content.Trim();
        return trimmed.Length >= 3 && (trimmed.All(c => c == '-') || trimmed.All(c => c == '*') || trimmed.All(c => c == '_'));
    }

    private static HashSet<string> Keys(params string[] phrases) => phrases.Select(LabelVocabulary.Key).ToHashSet(StringComparer.Ordinal);
}
