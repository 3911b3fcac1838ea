using IncidentLearn.Core.Incidents;
using IncidentLearn.Data.Store;
using IncidentLearn.Data.Tests.Support;

namespace IncidentLearn.Data.Tests.Store;

/// <summary>The store's behaviour, run once per provider by the classes below, so SQLite and PostgreSQL are held to the same tests.</summary>
public abstract class IncidentStoreScenarios(string provider) : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    // One cache for the test, as the app has one per process, so stores made for each step share it.
    private readonly DistractorCache distractors = new();

    private IncidentStore NewStore() => new(database.NewContext(), TimeProvider.System, distractors);

    [Fact]
    public async Task TheFingerprintChangesWithEveryAddEditAndDelete()
    {
        var ct = TestContext.Current.CancellationToken;
        var empty = await NewStore().FingerprintAsync(ct);
        var stored = await NewStore().AddAsync(Incidents.Make("Queue backlog"), ct);
        var added = await NewStore().FingerprintAsync(ct);
        await NewStore().UpdateAsync(stored.Record.Id, Incidents.Make("Queue backlog (edited)"), stored.Version, ct);
        var edited = await NewStore().FingerprintAsync(ct);
        await NewStore().DeleteAsync(stored.Record.Id, ct);
        var deleted = await NewStore().FingerprintAsync(ct);

        Assert.Equal(new StoreFingerprint(0, null, 0), empty);
        Assert.Equal(3, new[] { empty, added, edited }.Distinct().Count());
        Assert.Equal(1, added.Count);
        Assert.Equal(empty, deleted);
    }

    [Fact]
    public async Task WrongChoicesFollowEditsAndDeletesOfOtherIncidents()
    {
        var ct = TestContext.Current.CancellationToken;
        var other = Incidents.Make("Cache stampede");
        other.RootCauses = ["A cache key without a version"];
        var stored = await NewStore().AddAsync(other, ct);
        var asking = (await NewStore().AddAsync(Incidents.Make("Quota exhausted"), ct)).Record.Id;

        string[] Choices(Core.Cards.DistractorIndex index) => [.. index.Pick(Core.Cards.DistractorIndex.RootCause, asking, "Quota set too low", 3, 1)];
        var before = Choices(await NewStore().DistractorsAsync(ct));
        other.RootCauses = ["A retry loop with no back-off"];
        await NewStore().UpdateAsync(stored.Record.Id, other, stored.Version, ct);
        var afterEdit = Choices(await NewStore().DistractorsAsync(ct));
        await NewStore().DeleteAsync(stored.Record.Id, ct);
        var afterDelete = Choices(await NewStore().DistractorsAsync(ct));

        Assert.Equal(["A cache key without a version"], before);
        Assert.Equal(["A retry loop with no back-off"], afterEdit);
        Assert.Empty(afterDelete);
    }

    [Fact]
    public async Task AStoredRecordReadsBackFieldForField()
    {
        var record = Incidents.Make("Webhook retry storm", new DateOnly(2025, 4, 2), "SEV2", ["payments"], ["webhook-worker"]);

        var stored = await NewStore().AddAsync(record, TestContext.Current.CancellationToken);
        var read = await NewStore().GetAsync(stored.Record.Id, TestContext.Current.CancellationToken);

        Assert.NotNull(read);
        Assert.Equal(IncidentJson.Serialize(record), IncidentJson.Serialize(read.Record));
        Assert.Equal(1, read.Version);
        Assert.Contains("\r\n", read.Record.SourceText);
    }

    [Fact]
    public async Task AStaleUpdateIsRefusedAndTheStoredRecordIsUnchanged()
    {
        var ct = TestContext.Current.CancellationToken;
        var stored = await NewStore().AddAsync(Incidents.Make("Certificate expiry"), ct);
        var id = stored.Record.Id;

        var first = Incidents.Make("Certificate expiry (edited by Ana)");
        var second = Incidents.Make("Certificate expiry (edited by Ben)");
        var ana = await NewStore().UpdateAsync(id, first, stored.Version, ct);
        var ben = await NewStore().UpdateAsync(id, second, stored.Version, ct);

        Assert.Equal(UpdateOutcome.Updated, ana.Outcome);
        Assert.Equal(UpdateOutcome.VersionMismatch, ben.Outcome);
        var now = await NewStore().GetAsync(id, ct);
        Assert.Equal("Certificate expiry (edited by Ana)", now!.Record.Title);
        Assert.Equal(2, now.Version);
    }

    [Fact]
    public async Task UpdatingTagsReplacesThemInTheFilter()
    {
        var ct = TestContext.Current.CancellationToken;
        var stored = await NewStore().AddAsync(Incidents.Make("DNS outage", tags: ["dns", "network"]), ct);
        var edited = Incidents.Make("DNS outage", tags: ["dns", "vendor"]);

        await NewStore().UpdateAsync(stored.Record.Id, edited, stored.Version, ct);

        Assert.Equal(0, (await NewStore().ListAsync(new IncidentQuery { Tag = "network" }, ct)).Total);
        Assert.Equal(1, (await NewStore().ListAsync(new IncidentQuery { Tag = "vendor" }, ct)).Total);
        Assert.Equal(1, (await NewStore().ListAsync(new IncidentQuery { Tag = "dns" }, ct)).Total);
    }

    [Fact]
    public async Task ListingFiltersByTagSeverityServiceStatusAndDates()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = NewStore();
        await store.AddAsync(Incidents.Make("Cache stampede", new DateOnly(2024, 1, 10), "SEV1", ["caching"], ["web"], IncidentStatus.Published), ct);
        await store.AddAsync(Incidents.Make("Queue backlog", new DateOnly(2024, 6, 3), "SEV2", ["queues"], ["orders"]), ct);
        await store.AddAsync(Incidents.Make("Expired certificate", new DateOnly(2025, 2, 14), "SEV1", ["tls"], ["api-gateway", "web"]), ct);

        async Task<string[]> Titles(IncidentQuery query) => (await NewStore().ListAsync(query, ct)).Items.Select(i => i.Title).ToArray();

        Assert.Equal(["Cache stampede"], await Titles(new IncidentQuery { Tag = "caching" }));
        Assert.Equal(["Expired certificate", "Cache stampede"], await Titles(new IncidentQuery { Severity = "SEV1" }));
        Assert.Equal(["Expired certificate", "Cache stampede"], await Titles(new IncidentQuery { Service = "web" }));
        Assert.Equal(["Cache stampede"], await Titles(new IncidentQuery { Status = "published" }));
        Assert.Equal(["Queue backlog"], await Titles(new IncidentQuery { From = new DateOnly(2024, 2, 1), To = new DateOnly(2024, 12, 31) }));
        Assert.Equal(["Cache stampede", "Expired certificate", "Queue backlog"], await Titles(new IncidentQuery { Sort = IncidentSort.TitleAscending }));
    }

    [Fact]
    public async Task PagesSplitTheListAndReportTheTotal()
    {
        var ct = TestContext.Current.CancellationToken;
        for (var day = 1; day <= 5; day++)
        {
            await NewStore().AddAsync(Incidents.Make($"Incident {day}", new DateOnly(2025, 3, day)), ct);
        }

        var second = await NewStore().ListAsync(new IncidentQuery { Page = 2, PageSize = 2, Sort = IncidentSort.DateAscending }, ct);

        Assert.Equal(5, second.Total);
        Assert.Equal(["Incident 3", "Incident 4"], second.Items.Select(i => i.Title));
    }

    [Fact]
    public async Task DeletingRemovesTheIncidentAndItsTags()
    {
        var ct = TestContext.Current.CancellationToken;
        var stored = await NewStore().AddAsync(Incidents.Make("Disk full", tags: ["storage"]), ct);

        Assert.True(await NewStore().DeleteAsync(stored.Record.Id, ct));
        Assert.False(await NewStore().DeleteAsync(stored.Record.Id, ct));
        Assert.Null(await NewStore().GetAsync(stored.Record.Id, ct));
        Assert.Equal(0, (await NewStore().ListAsync(new IncidentQuery { Tag = "storage" }, ct)).Total);
    }
}

public sealed class SqliteIncidentStoreTests() : IncidentStoreScenarios("sqlite");

public sealed class PostgresIncidentStoreTests() : IncidentStoreScenarios("postgres");
