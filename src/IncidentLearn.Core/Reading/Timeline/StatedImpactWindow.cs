using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Text;
using IncidentLearn.Core.Time;

namespace IncidentLearn.Core.Reading.Timeline;

/// <summary>
/// The window the write-up states for its impact ("Between 09:12 and 10:03 UTC, checkout failed", "from 22:40
/// to 23:25 PST"), in its Impact or else its Summary, becomes one timeline entry of kind impact spanning the
/// window, marked as stated, when no entry already says when impact began. The timeline's key figures then
/// come from what the text says instead of staying unknown; a window set as a deadline or a plan is not impact.
/// </summary>
public static partial class StatedImpactWindow
{
    public const string Marker = "Impact (as stated): ";

    public static void Apply(IncidentRecord record)
    {
        if (record.Timeline.Any(e => e.Kind == EventKind.Impact || Timelines.MilestoneFinder.MarksImpactStart(e.Text)))
        {
            return;
        }

        foreach (var text in new[] { record.Impact, record.Summary })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            foreach (var sentence in Sentences.Split(text))
            {
                if (WindowIn(sentence) is { } window)
                {
                    record.Timeline.Add(new TimelineEvent
                    {
                        Start = TimedBlocks.Clock(window.Date, window.TimeOfDay, window.Zone),
                        End = TimedBlocks.Clock(window.EndDate, window.EndTimeOfDay, window.Zone),
                        Text = Marker + InlineMarkup.ToPlain(sentence.Trim()),
                        Kind = EventKind.Impact,
                    });
                    return;
                }
            }
        }
    }

    private static TimeExpression? WindowIn(string sentence)
    {
        if (sentence.Length > 600 || NotImpact().IsMatch(sentence))
        {
            return null;
        }

        return TimeExpressions.FindAll(sentence).FirstOrDefault(e => e is { Kind: TimeExpressionKind.Range, TimeOfDay: not null, EndTimeOfDay: not null });
    }

    // A window planned, promised or ruled out: "maintenance is scheduled between …", "no impact between …".
    [GeneratedRegex(@"\b(?:scheduled|planned|maintenance window|will|expected|no (?:customer |user )?impact|not affected|unaffected)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NotImpact();
}
