using IncidentLearn.Scorecard;

// dotnet run --project bench/IncidentLearn.Scorecard -- <folder> [--verbose] [--json] [--only NAME]
if (!ScorecardOptions.TryParse(args, out var options, out var problem))
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine(ScorecardOptions.Usage);
    return 2;
}

try
{
    var card = Scorecard.Run(options.Folder, options.Only);
    if (options.Only is { } only && card.Documents.Count == 0 && card.WithoutText.Count == 0)
    {
        Console.Error.WriteLine($"No {only}{Scorecard.ExpectationSuffix} in {options.Folder}.");
        return 2;
    }

    Console.Write(options.Json ? ScorecardJson.Write(card) + Environment.NewLine : ScorecardText.Write(card, options.Verbose));
    return 0;
}
catch (ExpectationException error)
{
    Console.Error.WriteLine($"Bad expectation file: {error.Message}");
    return 1;
}
