using System.CommandLine;
using IncidentLearn.Cli.Hosting;
using IncidentLearn.Core.Anki;
using IncidentLearn.Core.Cards;
using IncidentLearn.Core.Incidents;
using IncidentLearn.Core.Timelines;
using IncidentLearn.Data.Anki;
using IncidentLearn.Data.Store;

namespace IncidentLearn.Cli.Commands;

/// <summary>`incidentlearn quiz &lt;id|file&gt;`: the incident's flashcards as JSON or Markdown, or a deck Anki imports.</summary>
public static class QuizCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var incident = IncidentArgument.Create();
        var json = new Option<bool>("--json") { Description = "Print JSON (the same as GET /api/incidents/{id}/cards)." };
        var format = new Option<string>("--format") { Description = "md (default), json, apkg (an Anki package) or anki-text (Anki's text import).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json", "apkg", "anki-text");
        var outPath = new Option<string?>("--out") { Description = "Write to this file instead of standard output (required for apkg)." };
        var command = new Command("quiz", "Make flashcards from an incident.") { incident, json, format, outPath };
        command.Validators.Add(r =>
        {
            if (r.GetValue(format) == "apkg" && r.GetValue(outPath) is null)
            {
                r.AddError("--format apkg needs --out <file.apkg>.");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            var context = CliApplication.ContextFor(result, output, error);
            var argument = result.GetValue(incident)!;
            var record = await IncidentArgument.ResolveOrReportAsync(context, argument, cancellationToken);
            if (record is null)
            {
                return ExitCodes.SomeRejected;
            }

            var cards = await CardsAsync(context, record, fromFile: File.Exists(argument), cancellationToken);
            var chosen = result.GetValue(json) ? "json" : result.GetValue(format)!;
            var target = result.GetValue(outPath);
            if (chosen == "apkg")
            {
                var notes = AnkiNoteBuilder.Build([new IncidentCards(record, cards)]);
                await File.WriteAllBytesAsync(target!, new ApkgWriter().Write(notes), cancellationToken);
                await output.WriteLineAsync($"{target}: {notes.Count} notes from {cards.Count} cards.");
                return ExitCodes.Ok;
            }

            var text = chosen switch
            {
                "json" => CardDeckResponse.From(cards).ToJson(),
                "anki-text" => AnkiTextWriter.Write(AnkiNoteBuilder.Build([new IncidentCards(record, cards)])),
                _ => CardMarkdownWriter.Write(record.Title, cards),
            };
            if (target is null)
            {
                await output.WriteLineAsync(text);
            }
            else
            {
                await File.WriteAllTextAsync(target, text, cancellationToken);
                await output.WriteLineAsync($"{target}: {cards.Count} cards.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    // A stored incident draws wrong choices from the other stored incidents; a file on its own has none to draw on.
    private static async Task<IReadOnlyList<Card>> CardsAsync(CliContext context, IncidentRecord record, bool fromFile, CancellationToken cancellationToken)
    {
        var analyzer = new TimelineAnalyzer();
        if (fromFile)
        {
            return CardGenerator.Deck(record, DistractorIndex.Empty, analyzer);
        }

        await using var session = await context.OpenStoreAsync(cancellationToken);
        return await session.Store.CardsForAsync(record, analyzer, cancellationToken);
    }
}
