using IncidentLearn.Data.Sqlite;

namespace IncidentLearn.Data.Tests.Sqlite;

public sealed class SqliteNativeBootstrapTests
{
    [Fact]
    public void TheSystemSqliteIsUsedBecauseTheBundledOneIsTooOldForJsonQueries()
    {
        var version = Version.Parse(SqliteNativeBootstrap.NativeVersion());

        Assert.True(version >= new Version(3, 38), $"EF Core 10 needs SQLite 3.38 or later; the process uses {version}.");
    }
}
