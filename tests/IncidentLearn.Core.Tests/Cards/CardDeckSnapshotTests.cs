using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Tests.Snapshots;

namespace IncidentLearn.Core.Tests.Cards;

public sealed class CardDeckSnapshotTests
{
    [Fact]
    public void ThePostgresIncidentDeckMatchesItsReviewedSnapshot()
    {
        var all = SampleIncidents.All();
        var record = all[1];
        var cards = CardGenerator.Generate(record, all);
        Snapshot.MatchBeside("postgres-wal-disk-full.cards", CardDeckResponse.From(cards).ToJson());
    }

    [Fact]
    public void EverySampleDeckIsWrittenOutAsMarkdownForReading()
    {
        var all = SampleIncidents.All();
        var failures = new List<string>();
        foreach (var record in all)
        {
            var markdown = CardMarkdownWriter.Write(record.Title, CardGenerator.Generate(record, all));
            var slug = string.Join('-', CardText.Normalize(record.Title).Split(' ').Take(4));
            var outcome = Record.Exception(() => Snapshot.MatchBeside(slug + ".cards", markdown, "md"));
            if (outcome is not null)
            {
                failures.Add(outcome.Message);
            }
        }

        Assert.Empty(failures);
    }
}
