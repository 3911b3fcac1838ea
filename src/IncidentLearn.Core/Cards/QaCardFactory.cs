using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Cards;

/// <summary>Question-and-answer cards: one per meaningful field, one per answered follow-up, and the source's own questions.</summary>
internal static class QaCardFactory
{
    public static IEnumerable<Card> Create(IncidentRecord record, CardDraft draft, CardOptions options)
    {
        var t = draft.QuotedTitle;
        var words = options.MaxAnswerWords;

        var challenge = FirstNonEmpty(record.Summary, record.Star.Situation);
        if (challenge is not null)
        {
            var source = string.IsNullOrWhiteSpace(record.Summary) ? "star.situation" : "summary";
            yield return draft.Make(CardKind.Qa, "qa:challenge", $"What was the initial challenge in {t}?", CardText.FirstSentences(challenge, words, 1), source, 0.9);
        }

        foreach (var card in ImpactCards(record, draft, words))
        {
            yield return card;
        }

        if (List(record.RootCauses, "What was the root cause of", "What were the {0} root causes of", t) is { } rootQ)
        {
            yield return draft.Make(CardKind.Qa, "qa:rootCauses", rootQ, CardText.AsList(record.RootCauses), "rootCauses", 0.95);
        }

        if (!string.IsNullOrWhiteSpace(record.Trigger))
        {
            yield return draft.Make(CardKind.Qa, "qa:trigger", $"What triggered {t}?", CardText.FirstSentences(record.Trigger, words), "trigger", 0.8);
        }

        if (!string.IsNullOrWhiteSpace(record.Detection))
        {
            yield return draft.Make(CardKind.Qa, "qa:detection", $"How was {t} detected?", CardText.FirstSentences(record.Detection, words), "detection", 0.8);
        }

        foreach (var card in ResolutionCards(record, draft, words))
        {
            yield return card;
        }

        if (List(record.Lessons.WentWrong, "What mistake was made in", "What {0} mistakes were made in", t) is { } wrongQ)
        {
            yield return draft.Make(CardKind.Qa, "qa:wentWrong", wrongQ, CardText.AsList(record.Lessons.WentWrong), "lessons.wentWrong", 0.75);
        }

        if (List(record.ContributingFactors, "What contributed to", "What {0} factors contributed to", t) is { } factorsQ)
        {
            yield return draft.Make(CardKind.Qa, "qa:contributingFactors", factorsQ, CardText.AsList(record.ContributingFactors), "contributingFactors", 0.7);
        }

        foreach (var card in ActionItemCards(record, draft))
        {
            yield return card;
        }

        if (List(record.Lessons.WentWell, "What went well in", "What {0} things went well in", t) is { } wellQ)
        {
            yield return draft.Make(CardKind.Qa, "qa:wentWell", wellQ, CardText.AsList(record.Lessons.WentWell), "lessons.wentWell", 0.6);
        }

        if (List(record.Lessons.GotLucky, "Where did the team get lucky in", "In which {0} ways did the team get lucky in", t) is { } luckyQ)
        {
            yield return draft.Make(CardKind.Qa, "qa:gotLucky", luckyQ, CardText.AsList(record.Lessons.GotLucky), "lessons.gotLucky", 0.55);
        }

        if (!string.IsNullOrWhiteSpace(record.Star.Result))
        {
            yield return draft.Make(CardKind.Qa, "qa:result", $"How was the success of the new measures measured after {t}?", CardText.FirstSentences(record.Star.Result, words), "star.result", 0.65);
        }

        for (var i = 0; i < record.FollowUps.Count; i++)
        {
            var followUp = record.FollowUps[i];
            if (!string.IsNullOrWhiteSpace(followUp.Answer) && !string.IsNullOrWhiteSpace(followUp.Question))
            {
                var question = $"{CardText.Collapse(followUp.Question)} ({draft.Title})";
                yield return draft.Make(CardKind.Qa, $"qa:followUps:{i}", question, CardText.FirstSentences(followUp.Answer, words, 3), $"followUps[{i}]", 0.85);
            }
        }

        foreach (var card in SourceQuestionCards(record, draft, words))
        {
            yield return card;
        }
    }

    private static IEnumerable<Card> ImpactCards(IncidentRecord record, CardDraft draft, int words)
    {
        var t = draft.QuotedTitle;
        var sentences = CardText.Sentences(record.Impact);
        var money = sentences.FirstOrDefault(Figures.MentionsMoney);
        if (money is not null)
        {
            yield return draft.Make(CardKind.Qa, "qa:financialImpact", $"What was the financial impact of {t}?", money, "impact", 0.9);
        }

        var general = sentences.Where(s => s != money).ToList();
        if (general.Count > 0)
        {
            yield return draft.Make(CardKind.Qa, "qa:impact", $"Who or what was affected by {t}, and how badly?", CardText.FirstSentences(string.Join(" ", general), words), "impact", 0.85);
        }
    }

    private static IEnumerable<Card> ResolutionCards(IncidentRecord record, CardDraft draft, int words)
    {
        var t = draft.QuotedTitle;
        var firstMitigation = record.Timeline.FindIndex(e => e.Kind == EventKind.Mitigation);
        var sentences = CardText.Sentences(record.Resolution);
        if (sentences.Count > 0)
        {
            yield return draft.Make(CardKind.Qa, "qa:immediateAction", $"What immediate action was taken after {t} was noticed?", sentences[0], "resolution", 0.9);
            if (sentences.Count > 1)
            {
                yield return draft.Make(CardKind.Qa, "qa:resolution", $"After the first action, how was {t} fully resolved?", CardText.FirstSentences(string.Join(" ", sentences.Skip(1)), words), "resolution", 0.75);
            }
        }
        else if (firstMitigation >= 0)
        {
            yield return draft.Make(CardKind.Qa, "qa:immediateAction", $"What immediate action was taken after {t} was noticed?", CardText.Collapse(record.Timeline[firstMitigation].Text), $"timeline[{firstMitigation}]", 0.85);
        }
    }

    private static IEnumerable<Card> ActionItemCards(IncidentRecord record, CardDraft draft)
    {
        var t = draft.QuotedTitle;
        var groups = new (ActionType Type, string One, string Many, string Facet)[]
        {
            (ActionType.Prevent, "What was one of the preventive measures put in place after", "What {0} preventive measures were put in place after", "prevent"),
            (ActionType.Detect, "What detection was added after", "What {0} detection measures were added after", "detect"),
            (ActionType.Mitigate, "What follow-up fix was made after", "What {0} follow-up fixes were made after", "mitigate"),
            (ActionType.Process, "What process change followed", "What {0} process changes followed", "process"),
        };
        foreach (var (type, one, many, facet) in groups)
        {
            var items = record.ActionItems.Where(a => a.Type == type && !string.IsNullOrWhiteSpace(a.Text)).Select(a => a.Text).ToList();
            if (List(items, one, many, t) is { } question)
            {
                yield return draft.Make(CardKind.Qa, $"qa:actionItems:{facet}", question, CardText.AsList(items), "actionItems", type == ActionType.Prevent ? 0.85 : 0.7);
            }
        }
    }

    private static IEnumerable<Card> SourceQuestionCards(IncidentRecord record, CardDraft draft, int words)
    {
        if (record.Questions.Count == 0)
        {
            yield break;
        }

        // Built only when the source asks something: stemming every sentence is the costliest step here.
        var haystack = SourceQuestionAnswers.Candidates(record);
        for (var i = 0; i < record.Questions.Count; i++)
        {
            var answer = SourceQuestionAnswers.Find(record.Questions[i], haystack);
            if (answer is not null)
            {
                var question = $"{CardText.Collapse(record.Questions[i])} ({draft.Title})";
                yield return draft.Make(CardKind.Qa, $"qa:questions:{i}", question, CardText.FirstSentences(answer.Value.Text, words, 1), answer.Value.Source, 0.85);
            }
        }
    }

    private static string? List(IReadOnlyList<string> items, string one, string many, string title)
    {
        var count = items.Count(i => !string.IsNullOrWhiteSpace(i));
        return count switch
        {
            0 => null,
            1 => $"{one} {title}?",
            _ => $"{string.Format(System.Globalization.CultureInfo.InvariantCulture, many, count)} {title}?",
        };
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
