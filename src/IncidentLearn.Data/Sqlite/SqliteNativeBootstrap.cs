using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace IncidentLearn.Data.Sqlite;

/// <summary>
/// The feed's workaround, in one place so it can go when the feed catches up (see README, "Package feed").
/// Microsoft.Data.Sqlite 10 is compiled against SQLitePCLRaw 2.1, but the feed has only 2.0.6, so:
/// 1. when the runtime cannot bind SQLitePCLRaw 2.1 assemblies, we hand it the 2.0.6 ones shipped beside us;
/// 2. the bundled native SQLite (3.35) is too old for EF Core 10's JSON queries, so "e_sqlite3" is
///    mapped to the system's libsqlite3 (Debian 12 ships 3.40).
/// </summary>
internal static class SqliteNativeBootstrap
{
    private static readonly string[] RedirectedAssemblies =
    [
        "SQLitePCLRaw.core",
        "SQLitePCLRaw.batteries_v2",
        "SQLitePCLRaw.provider.e_sqlite3",
    ];

    private static int initialized;

#pragma warning disable CA2255 // It must run before EF first touches SQLite, in every host (API, command line, tests).
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize()
    {
        if (Interlocked.Exchange(ref initialized, 1) == 1)
        {
            return;
        }

        AssemblyLoadContext.Default.Resolving += LoadShippedVersion;
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) => MapNativeLibrary(e.LoadedAssembly);
        foreach (var loaded in AppDomain.CurrentDomain.GetAssemblies())
        {
            MapNativeLibrary(loaded);
        }
    }

    /// <summary>The SQLite version the process actually talks to, for the health check and the test.</summary>
    public static string NativeVersion()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }

    private static Assembly? LoadShippedVersion(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name is null || !RedirectedAssemblies.Contains(name.Name))
        {
            return null;
        }

        var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }

    private static void MapNativeLibrary(Assembly assembly)
    {
        if (assembly.GetName().Name != "SQLitePCLRaw.provider.e_sqlite3")
        {
            return;
        }

        NativeLibrary.SetDllImportResolver(assembly, (libraryName, _, _) =>
            libraryName == "e_sqlite3" && NativeLibrary.TryLoad("libsqlite3.so.0", out var handle) ? handle : IntPtr.Zero);
    }
}
