namespace IncidentLearn.Cli.Tests;

/// <summary>Runs `incidentlearn` in-process against a fresh SQLite file in a scratch folder, capturing what a user would see.</summary>
public sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Folder = Directory.CreateTempSubdirectory("incidentlearn-cli-").FullName;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "store.db");

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApplication.RunAsync([.. args, "--db", DatabasePath], output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        // Only a command that opened the store loaded SQLite (and its native bootstrap); others have no pools to clear.
        if (File.Exists(DatabasePath))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        Directory.Delete(Folder, recursive: true);
    }
}
