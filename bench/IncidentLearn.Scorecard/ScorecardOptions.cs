using System.Diagnostics.CodeAnalysis;

namespace IncidentLearn.Scorecard;

/// <summary>The command line: a folder and three switches, few enough to read by hand.</summary>
public sealed record ScorecardOptions(string Folder, bool Verbose, bool Json, string? Only)
{
    public const string Usage = "usage: IncidentLearn.Scorecard <folder> [--verbose] [--json] [--only NAME]";

    public static bool TryParse(IReadOnlyList<string> args, [NotNullWhen(true)] out ScorecardOptions? options, [NotNullWhen(false)] out string? problem)
    {
        options = null;
        string? folder = null, only = null;
        bool verbose = false, json = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--verbose" or "-v": verbose = true; break;
                case "--json": json = true; break;
                case "--only" when i + 1 < args.Count: only = args[++i]; break;
                case "--only": problem = "--only needs a document NAME (the file name without .txt/.md)."; return false;
                case var flag when flag.StartsWith('-'): problem = $"Unknown option {flag}."; return false;
                case var path when folder is null: folder = path; break;
                default: problem = $"One folder only; '{args[i]}' is a second."; return false;
            }
        }

        if (folder is null)
        {
            problem = "Name the folder to score.";
            return false;
        }

        if (!Directory.Exists(folder))
        {
            problem = $"No folder {folder}.";
            return false;
        }

        options = new ScorecardOptions(folder, verbose, json, only);
        problem = null;
        return true;
    }
}
