using System.Text.RegularExpressions;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>
/// Recognises the timeline lines people write: ranges ("22:00–22:15 (15 minutes): …"), chat lines
/// ("[23:52] asha: …", "23:52 &lt;asha&gt; …"); lines led by a single time are read by Reading/Timeline/TimedBlocks.
/// Times are kept exactly as written; patterns are anchored and bounded so they stay linear.
/// </summary>
public static partial class TimelineLines
{
    private const int MaxLineLength = 2_000;

    public static TimelineEvent? ParseRange(SourceLine line)
    {
        if (line.IsBlank || line.Text.Length > MaxLineLength)
        {
            return null;
        }

        var match = Range().Match(line.Folded);
        if (!match.Success)
        {
            return null;
        }

        var text = Slice(line, match.Groups["text"]);
        return new TimelineEvent
        {
            Start = Slice(line, match.Groups["start"]),
            End = Slice(line, match.Groups["end"]),
            StatedDuration = match.Groups["duration"].Success ? Slice(line, match.Groups["duration"]).Trim() : null,
            Text = text,
            Kind = EventKindClassifier.Classify(text),
        };
    }

    public static TimelineEvent? ParseChat(SourceLine line)
    {
        if (line.IsBlank || line.Text.Length > MaxLineLength)
        {
            return null;
        }

        var match = Chat().Match(line.Folded);
        if (!match.Success)
        {
            return null;
        }

        var text = Slice(line, match.Groups["text"]);
        return new TimelineEvent
        {
            Start = Slice(line, match.Groups["time"]),
            Actor = Slice(line, match.Groups["name"]),
            Text = text,
            Kind = EventKindClassifier.Classify(text),
        };
    }

    /// <summary>Where the event's own words start in a raw range or chat line (0 for other lines), so figures are read from them only.</summary>
    public static int EventTextStart(string raw)
    {
        var first = raw.AsSpan().TrimStart();
        if (raw.Length > MaxLineLength || first.IsEmpty || !(char.IsDigit(first[0]) || first[0] is '[' or '-' or '*' or '+' or '\u2022'))
        {
            return 0;
        }

        var folded = TextNormalizer.Fold(raw);
        var match = Range().Match(folded);
        match = match.Success ? match : Chat().Match(folded);
        return match.Success ? match.Groups["text"].Index : 0;
    }

    /// <summary>The post-mortem template's markers: "OUTAGE BEGINS", "OUTAGE MITIGATED", "OUTAGE ENDS".</summary>
    public static EventKind? MarkerKind(string text)
    {
        var upper = text.ToUpperInvariant();
        return upper.Contains("OUTAGE BEGINS") || upper.Contains("IMPACT BEGINS") ? EventKind.Impact
            : upper.Contains("MITIGATED") ? EventKind.Mitigation
            : upper.Contains("OUTAGE ENDS") || upper.Contains("IMPACT ENDS") ? EventKind.Resolution
            : null;
    }

    private static string Slice(SourceLine line, Group group) => line.Text.Substring(group.Index, group.Length).Trim();

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^\s{0,8}(?:[-*+]\s{1,4})?\[?(?<start>\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?)\s{0,4}(?:-{1,2}|to|until)\s{0,4}(?<end>\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?)\]?\s{0,4}(?:\((?<duration>[^()]{1,80})\))?\s{0,4}[:\-]?\s{0,4}(?<text>.*)$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Range();

    // "[23:52] asha: …", "[23:52] <asha> …", "23:52 <asha> …", and a full name when a colon ends it ("[11:52 PM] Priya Raman: …").
    [GeneratedRegex(@"^\s{0,8}(?:\[(?<time>\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?)\]\s{0,4}(?:(?<name>[\p{L}\p{N}_.\-@]{1,40}(?: [\p{L}\p{N}_.\-@]{1,40}){1,2}):|<?(?<name>[\p{L}\p{N}_.\-@]{1,40})>?\s{0,2}:?)|(?<time>\d{1,2}:\d{2}(?::\d{2})?)\s{1,4}<(?<name>[\p{L}\p{N}_.\-@]{1,40})>)\s{1,4}(?<text>.*)$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Chat();

}
