using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Labels;

/// <summary>
/// Puts a labelled part where it belongs in the record, whatever the shape: Challenge to the task, Mistake
/// to the root causes, Outcome to impact and result, Immediate Response and Resolution to the action,
/// Preventive Measures to action items, Lessons to lessons, follow-up questions with their answers.
/// STAR parts keep the author's words exactly.
/// </summary>
public static partial class FieldFiller
{
    public static void Fill(ReadContext context, LabelledPart part)
    {
        var record = context.Record;
        var texts = context.Texts;
        var text = part.Text;
        context.Consume(part.AllLines);
        switch (part.Field)
        {
            case LabelField.Situation: texts.Append(TextField.Situation, text); break;
            case LabelField.Task or LabelField.Challenge: texts.Append(TextField.Task, text); break;
            case LabelField.Action or LabelField.ImmediateResponse or LabelField.Communication: texts.Append(TextField.Action, text); break;
            case LabelField.Result: texts.Append(TextField.Result, text); break;
            case LabelField.Mistake or LabelField.RootCause: record.RootCauses.AddRange(RootCauses(part)); break;
            case LabelField.Outcome:
                texts.Append(TextField.Impact, text);
                texts.Append(TextField.Result, text);
                break;
            case LabelField.Resolution:
                texts.Append(TextField.Resolution, text);
                texts.Append(TextField.Action, text);
                break;
            case LabelField.ActionItems: record.ActionItems.AddRange(ActionItems(part)); break;
            case LabelField.Lessons: record.Lessons.Other.AddRange(Paragraphs.ItemsOrSentences(part)); break;
            case LabelField.WentWell: record.Lessons.WentWell.AddRange(Paragraphs.ItemsOrSentences(part)); break;
            case LabelField.WentWrong: record.Lessons.WentWrong.AddRange(Paragraphs.ItemsOrSentences(part)); break;
            case LabelField.GotLucky: record.Lessons.GotLucky.AddRange(Paragraphs.ItemsOrSentences(part)); break;
            case LabelField.Contributing: record.ContributingFactors.AddRange(Paragraphs.ItemsOrSentences(part)); break;
            case LabelField.FollowUp: record.FollowUps.Add(FollowUp(part)); break;
            case LabelField.Approach or LabelField.Answer when record.FollowUps.Count > 0:
                record.FollowUps[^1].Answer = Append(record.FollowUps[^1].Answer, $"{part.Label.Label}: {text}");
                break;
            case LabelField.Impact: texts.Append(TextField.Impact, text); break;
            case LabelField.Trigger: texts.Append(TextField.Trigger, text); break;
            case LabelField.Detection: texts.Append(TextField.Detection, text); break;
            case LabelField.Summary: texts.Append(TextField.Summary, text); break;
            case LabelField.Prompt: record.Prompt ??= text; break;
            case LabelField.Title when text.Length > 0: record.Title = text; break;
            case LabelField.Date when Time.TimeExpressions.Leading(text) is { Date: { } date, YearStated: true }: record.Date = date; break;
            case LabelField.Authors: record.Authors.AddRange(ListOf(text)); break;
            case LabelField.Severity: record.Severity ??= text; break;
            case LabelField.Services: record.Services.AddRange(ListOf(text)); break;
            case LabelField.Tags: record.Tags.AddRange(ListOf(text)); break;
            case LabelField.Status: break;
            default:
                record.Sections.Add(new FreeSection { Heading = part.LabelLine.Content.Trim('#', ' ', '*', '_', '-', ':'), Body = text });
                break;
        }
    }

    public static string Append(string? existing, string addition) =>
        string.IsNullOrWhiteSpace(existing) ? addition : addition.Length == 0 ? existing : $"{existing}\n{addition}";

    public static List<string> ListOf(string text) =>
        text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 0).ToList();

    private static FollowUp FollowUp(LabelledPart part)
    {
        var question = part.Rest.Length > 0 ? part.Rest : part.Label.Label;
        var answer = Paragraphs.Items(part.Body).Select(StripAnswerLabel).ToList();
        return new FollowUp { Question = question, Answer = answer.Count == 0 ? null : string.Join('\n', answer) };
    }

    private static string StripAnswerLabel(string item) =>
        item.StartsWith("answer:", StringComparison.OrdinalIgnoreCase) ? item["answer:".Length..].Trim() : item;

    private static IEnumerable<string> RootCauses(LabelledPart part) =>
        part.Items.Count > 0 ? Paragraphs.ItemsOrSentences(part) : [part.Text];

    private static IEnumerable<ActionItem> ActionItems(LabelledPart part)
    {
        var type = ActionTypeNamed(part.Label.Label);
        foreach (var raw in part.Items.Count > 0 ? part.RawItems : Paragraphs.ItemsOrSentences(part))
        {
            var (marked, status) = ActionStatusWords.Split(raw);
            var item = InlineMarkup.ToPlain(marked);
            if (item.Length == 0 || NoneStated().IsMatch(item))
            {
                continue;
            }

            var owner = Owner().Match(item);
            yield return new ActionItem
            {
                Text = item,
                Owner = owner.Success ? owner.Groups["owner"].Value.Trim() : null,
                Type = type,
                Status = status ?? ActionStatusWords.FromWording(item) ?? ActionStatus.Open,
            };
        }
    }

    // The group a list of action items is headed by ("Preventive measures", "### Detection", "Mitigation", "Process").
    private static ActionType? ActionTypeNamed(string label)
    {
        var folded = label.ToLowerInvariant();
        return folded.Contains("prevent", StringComparison.Ordinal) ? ActionType.Prevent
            : folded.Contains("detect", StringComparison.Ordinal) || folded.Contains("monitor", StringComparison.Ordinal) || folded.Contains("alert", StringComparison.Ordinal) ? ActionType.Detect
            : folded.Contains("mitigat", StringComparison.Ordinal) || folded.Contains("fix", StringComparison.Ordinal) ? ActionType.Mitigate
            : folded.Contains("process", StringComparison.Ordinal) || folded.Contains("documentation", StringComparison.Ordinal) ? ActionType.Process
            : null;
    }

    // "None.", "N/A", "No fixes were necessary.": the author saying a group of action items is empty.
    [GeneratedRegex(@"^(?:none|n/?a|nothing|no (?:[\w-]+ ){0,3}(?:were|was|is|are) (?:necessary|needed|required|planned))\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NoneStated();

    [GeneratedRegex(@"(?:\(|\b)(?:owner|owned by|assigned to)\s*[:\-]?\s*@?(?<owner>[\p{L}][\p{L}.\- ]{0,30}?)(?:\)|,|;|$)|(?:^|\s)@(?<owner>[\p{L}][\w.\-]{1,30})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Owner();
}
