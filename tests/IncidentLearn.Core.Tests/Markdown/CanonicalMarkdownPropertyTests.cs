using FsCheck;
using FsCheck.Fluent;
using IncidentLearn.Core.CanonicalFormat;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Tests.Markdown;

/// <summary>What must hold for every record and every file, checked over a few hundred generated cases.</summary>
public class CanonicalMarkdownPropertyTests
{
    // A few hundred cases keep the suite fast; set CANONICAL_MARKDOWN_CASES=20000 for a deeper hunt.
    private static readonly Config Config = Config.QuickThrowOnFailure.WithQuietOnSuccess(true)
        .WithMaxTest(int.TryParse(Environment.GetEnvironmentVariable("CANONICAL_MARKDOWN_CASES"), out var cases) ? cases : 400);

    [Fact]
    public void ExportImportExportGivesIdenticalText()
    {
        Check.One(Config, Prop.ForAll(IncidentGenerators.Record.ToArbitrary(), record =>
        {
            var written = CanonicalMarkdown.Write(record);
            var read = CanonicalMarkdown.Read(written);
            if (read.Record is null)
            {
                // The one record the format cannot hold is one without a title, and the reader must say so.
                var onlyTitle = read.Problems.Count == 1 && read.Problems[0].Field == "title" && string.IsNullOrWhiteSpace(record.Title);
                return onlyTitle.Label($"Problems: {string.Join("; ", read.Problems)}\n{IncidentGenerators.Show(written)}");
            }

            var again = CanonicalMarkdown.Write(read.Record);
            return (again == written).Label($"First:\n{IncidentGenerators.Show(written)}\nSecond:\n{IncidentGenerators.Show(again)}");
        }));
    }

    [Fact]
    public void AnImportedRecordEqualsTheExportedRecordOnceNormalised()
    {
        Check.One(Config, Prop.ForAll(IncidentGenerators.Record.ToArbitrary(), record =>
        {
            var normalized = RecordNormalization.Normalize(record);
            var written = CanonicalMarkdown.Write(record);
            var read = CanonicalMarkdown.Read(written).Record;
            if (normalized.Title.Length == 0)
                return (read is null).Label("A record without a title read back without a problem.");

            return RecordAssert.AreEqual(normalized, read)
                .Label($"Expected:\n{IncidentJson.Serialize(normalized)}\nRead:\n{(read is null ? "(nothing)" : IncidentJson.Serialize(read))}\nFile:\n{IncidentGenerators.Show(written)}");
        }));
    }

    [Fact]
    public void NormalisedRecordsSurviveUnchanged()
    {
        Check.One(Config, Prop.ForAll(IncidentGenerators.Record.ToArbitrary(), record =>
        {
            var normalized = RecordNormalization.Normalize(record);
            return RecordAssert.AreEqual(normalized, RecordNormalization.Normalize(normalized)).Label("Normalising twice changed the record.")
                .And((CanonicalMarkdown.Write(normalized) == CanonicalMarkdown.Write(record)).Label("Writing ignored the normalisation."));
        }));
    }

    [Fact]
    public void TheReaderNeverFailsOnArbitraryText()
    {
        var lines = Gen.Choose(0, 30).SelectMany(n => Gen.OneOf(IncidentGenerators.Text, Gen.Elements(Lines)).ArrayOf(n))
            .Select(parts => string.Join('\n', parts));
        var withFrontMatter = from yaml in lines from body in lines select $"---\n{yaml}\n---\n{body}";
        var files = Gen.OneOf(lines, withFrontMatter);
        Check.One(Config, Prop.ForAll(files.ToArbitrary(), text =>
        {
            var result = CanonicalMarkdown.Read(text);
            return result.Problems.All(p => p.Field != CanonicalMarkdown.InternalErrorField)
                .Label(string.Join("; ", result.Problems) + "\n" + IncidentGenerators.Show(text));
        }));
    }

    private static readonly string[] Lines =
    [
        "---", "...", "title: x", "title: [", "date: tomorrow", "status: done-ish", "authors:", "- a", "  - b", "id: 12", "# T", "## Summary",
        "## Timeline", "## Action items", "| Start | End | Kind |", "|---|---|", "| 1 | 2 | impact |", "| x |", "## Lessons learned",
        "### What went well", "### Nope", "## STAR", "### Situation", "## Follow-up questions", "### Why?", "## Source", "```text",
        "```", "~~~", "## Notes: x", "title: \"unterminated", "  bad: indent", ": :", "? x", "&a x", "*a", "!!binary x", "key: |",
        "title: x\ntitle: y", "severity: [SEV2", "tags: {a", "- [", "title: 'x",
    ];
}
