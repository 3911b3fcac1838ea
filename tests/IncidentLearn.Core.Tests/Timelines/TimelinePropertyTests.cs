using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Timelines;

namespace IncidentLearn.Core.Tests.Timelines;

public sealed class TimelinePropertyTests
{
    private static readonly DateOnly Day = new(2024, 5, 2);

    // A log as a reader would produce it: starts moving forward by up to three hours, ranges up to four hours long.
    private static readonly Gen<(int Step, int Length, int Stated, int Kind)[]> Steps =
        (from step in Gen.Choose(0, 180)
         from length in Gen.Choose(0, 240)
         from stated in Gen.Choose(0, 300)
         from kind in Gen.Choose(0, 9)
         select (step, length, stated, kind))
            .ArrayOf()
            .Where(a => a.Length is > 0 and < 14);

    private static IncidentRecord LogOf((int Step, int Length, int Stated, int Kind)[] steps, int shift)
    {
        var record = new IncidentRecord { Title = "generated", TimeZone = "UTC", Date = Day };
        var minute = 9 * 60 + shift;
        foreach (var (step, length, stated, kind) in steps)
        {
            minute += step;
            record.Timeline.Add(new TimelineEvent
            {
                Start = Clock(minute),
                End = length == 0 ? null : Clock(minute + length),
                StatedDuration = length == 0 ? null : $"{stated} minutes",
                Kind = kind == 9 ? null : (EventKind)kind,
                Text = $"step {step}",
            });
        }

        return record;
    }

    private static string Clock(int minute) => $"{minute / 60 % 24:00}:{minute % 60:00}";

    private static string Durations(TimelineReport report) => string.Join(
        ";",
        report.Events.Select(e => $"{e.Minutes}/{e.UncertaintyMinutes}").Append($"span {report.SpanMinutes}")
            .Append($"{report.Metrics.TimeToDetect} {report.Metrics.TimeToAcknowledge} {report.Metrics.TimeToMitigate} {report.Metrics.TimeToResolve}")
            .Concat(report.PerKind.Select(p => $"{p.Key}={p.Value}"))
            .Concat(report.Findings.Where(f => f.Kind != TimelineFindingKinds.DayRollover).Select(f => $"{f.Kind}[{string.Join(',', f.Events)}]")));

    private static TimelineReport Report(IncidentRecord record, TimeZoneInfo? display = null) =>
        TimelineReportBuilder.Build(new TimelineAnalyzer().Analyze(record), display);

    [Fact]
    public void ShiftingEveryTimeByTheSameAmountChangesNoDurationOrFinding() =>
        Prop.ForAll(Steps.ToArbitrary(), Gen.Choose(0, 1439).ToArbitrary(), (steps, shift) =>
            Durations(Report(LogOf(steps, 0))) == Durations(Report(LogOf(steps, shift))))
        .QuickCheckThrowOnFailure();

    [Fact]
    public void ViewingInAnotherTimeZoneChangesOnlyHowTimesAreWritten()
    {
        string[] zones = ["UTC", "Asia/Tokyo", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Pacific/Chatham"];
        Prop.ForAll(Steps.ToArbitrary(), Gen.Elements(zones).ToArbitrary(), (steps, zoneId) =>
        {
            var record = LogOf(steps, 0);
            var home = Report(record);
            var away = Report(record, TimeZoneInfo.FindSystemTimeZoneById(zoneId));
            var sameInstants = home.Events.Zip(away.Events).All(p => Instant(p.First.Start) == Instant(p.Second.Start) && Instant(p.First.End) == Instant(p.Second.End));
            return Durations(home) == Durations(away) && sameInstants && away.DisplayZone == zoneId && away.Zone == "UTC";
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ALogReadTwiceGivesTheSameReport() =>
        Prop.ForAll(Steps.ToArbitrary(), steps =>
        {
            var record = LogOf(steps, 0);
            var copy = IncidentJson.Deserialize(IncidentJson.Serialize(record));
            return TimelineReportBuilder.ToJson(Report(record)) == TimelineReportBuilder.ToJson(Report(copy));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void AnyTextAsATimeOrDurationNeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var record = new IncidentRecord { Title = "noise", Timeline = [new TimelineEvent { Start = text ?? "", End = text, StatedDuration = text, Text = text ?? "" }] };
            return Report(record).Events.Count == 1;
        }).QuickCheckThrowOnFailure();

    private static DateTimeOffset? Instant(string? iso) => iso is null ? null : DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
