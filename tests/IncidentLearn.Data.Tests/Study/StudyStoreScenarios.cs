using IncidentLearn.Core.Study;
using IncidentLearn.Data.Store;
using IncidentLearn.Data.Study;
using IncidentLearn.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace IncidentLearn.Data.Tests.Study;

/// <summary>Study progress in the store, run once per provider by the classes below.</summary>
public abstract class StudyStoreScenarios(string provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeClock clock = new(Start);
    private TestDatabase database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ASavedReviewReadsBackAsTheStateTheSchedulerReturned()
    {
        var incident = await AddIncidentAsync("Webhook retry storm");

        var result = await NewStudyStore().ReviewAsync("ann", "crd_a", incident, ReviewRating.Good, Scheduler(), Ct);
        var states = await NewStudyStore().StatesAsync("ann", cancellationToken: Ct);

        var card = Assert.Single(states);
        Assert.Equal(incident, card.IncidentId);
        Assert.Equal(result.State, card.State);
        Assert.Equal(CardPhase.Learning, card.State.Phase);
        Assert.Equal(Start.AddMinutes(10), card.State.Due);
        Assert.Equal(2.3065, card.State.Stability!.Value, 4);
    }

    [Fact]
    public async Task EveryReviewAddsALogLineAndTheNextReviewStartsFromTheStoredState()
    {
        var incident = await AddIncidentAsync("Certificate expiry");

        await NewStudyStore().ReviewAsync("ann", "crd_a", incident, ReviewRating.Good, Scheduler(), Ct);
        clock.Advance(TimeSpan.FromMinutes(10));
        var second = await NewStudyStore().ReviewAsync("ann", "crd_a", incident, ReviewRating.Good, Scheduler(), Ct);
        clock.Advance(TimeSpan.FromDays(2));
        await NewStudyStore().ReviewAsync("ann", "crd_a", incident, ReviewRating.Again, Scheduler(), Ct);

        var log = await NewStudyStore().LogAsync("ann", cancellationToken: Ct);
        Assert.Equal([CardPhase.New, CardPhase.Learning, CardPhase.Review], log.Select(e => e.PhaseBefore));
        Assert.Equal([ReviewRating.Good, ReviewRating.Good, ReviewRating.Again], log.Select(e => e.Rating));
        Assert.Equal(TimeSpan.FromMinutes(10), log[0].ScheduledInterval);
        Assert.Equal(TimeSpan.FromDays(2), second.Interval);
        Assert.Equal(TimeSpan.FromDays(2), log[1].ScheduledInterval);
        Assert.Equal(2, log[2].ElapsedDays);
        Assert.Equal(Start.AddMinutes(10), log[1].ReviewedAt);

        var state = Assert.Single(await NewStudyStore().StatesAsync("ann", cancellationToken: Ct)).State;
        Assert.Equal((CardPhase.Relearning, 3, 1), (state.Phase, state.Reps, state.Lapses));
        Assert.Single(await NewStudyStore().LogAsync("ann", since: Start.AddDays(1), cancellationToken: Ct));
    }

    [Fact]
    public async Task StatesCanBeReadForSomeIncidentsAndEachLearnerSeesOnlyTheirOwn()
    {
        var dns = await AddIncidentAsync("DNS outage");
        var disk = await AddIncidentAsync("Disk full");
        await NewStudyStore().ReviewAsync("ann", "crd_dns", dns, ReviewRating.Good, Scheduler(), Ct);
        await NewStudyStore().ReviewAsync("ann", "crd_disk", disk, ReviewRating.Easy, Scheduler(), Ct);
        await NewStudyStore().ReviewAsync("bo", "crd_dns", dns, ReviewRating.Hard, Scheduler(), Ct);

        Assert.Equal(["crd_dns"], (await NewStudyStore().StatesAsync("ann", [dns], Ct)).Select(c => c.State.CardId));
        // Due order: the 10-minute learning card before the 8-day review card.
        Assert.Equal(["crd_dns", "crd_disk"], (await NewStudyStore().StatesAsync("ann", cancellationToken: Ct)).Select(c => c.State.CardId));
        Assert.Equal(Start.AddMinutes(5.5), Assert.Single(await NewStudyStore().StatesAsync("bo", cancellationToken: Ct)).State.Due);
    }

    [Fact]
    public async Task DeletingAnIncidentRemovesItsCardStatesAndLogLinesOnly()
    {
        var dns = await AddIncidentAsync("DNS outage");
        var disk = await AddIncidentAsync("Disk full");
        await NewStudyStore().ReviewAsync("ann", "crd_dns", dns, ReviewRating.Good, Scheduler(), Ct);
        await NewStudyStore().ReviewAsync("ann", "crd_disk", disk, ReviewRating.Good, Scheduler(), Ct);
        await NewStudyStore().ReviewAsync("bo", "crd_dns", dns, ReviewRating.Good, Scheduler(), Ct);

        Assert.True(await NewIncidentStore().DeleteAsync(dns, Ct));

        Assert.Equal(["crd_disk"], (await NewStudyStore().StatesAsync("ann", cancellationToken: Ct)).Select(c => c.State.CardId));
        Assert.Equal(["crd_disk"], (await NewStudyStore().LogAsync("ann", cancellationToken: Ct)).Select(e => e.CardId));
        Assert.Empty(await NewStudyStore().StatesAsync("bo", cancellationToken: Ct));
        Assert.Empty(await NewStudyStore().LogAsync("bo", cancellationToken: Ct));
    }

    [Fact]
    public async Task ForgettingALearnersProgressLeavesOtherLearnersAlone()
    {
        var dns = await AddIncidentAsync("DNS outage");
        await NewStudyStore().ReviewAsync("ann", "crd_dns", dns, ReviewRating.Good, Scheduler(), Ct);
        await NewStudyStore().ReviewAsync("ann", "crd_dns", dns, ReviewRating.Good, Scheduler(), Ct);
        await NewStudyStore().ReviewAsync("bo", "crd_dns", dns, ReviewRating.Good, Scheduler(), Ct);

        var deleted = await NewStudyStore().DeleteProgressAsync("ann", Ct);

        Assert.Equal(new ProgressDeleted(1, 2), deleted);
        Assert.Empty(await NewStudyStore().StatesAsync("ann", cancellationToken: Ct));
        Assert.Single(await NewStudyStore().StatesAsync("bo", cancellationToken: Ct));
    }

    [Fact]
    public async Task TwoConcurrentReviewsOfOneCardBothCountAndLeaveTheStateOfOneAfterTheOther()
    {
        var incident = await AddIncidentAsync("Queue backlog");
        // Round 0 races two first reviews (the primary key decides); later rounds race updates (the version decides).
        for (var round = 0; round < 4; round++)
        {
            await Task.WhenAll(
                Task.Run(() => NewStudyStore().ReviewAsync("ann", "crd_q", incident, ReviewRating.Good, Scheduler(), Ct), Ct),
                Task.Run(() => NewStudyStore().ReviewAsync("ann", "crd_q", incident, ReviewRating.Good, Scheduler(), Ct), Ct));
        }

        // The same eight reviews one after the other, on a state kept in memory.
        var expected = CardState.NewCard("crd_q");
        for (var i = 0; i < 8; i++)
        {
            expected = Scheduler().Review(expected, ReviewRating.Good, "ann").State;
        }

        var stored = Assert.Single(await NewStudyStore().StatesAsync("ann", cancellationToken: Ct)).State;
        Assert.Equal(expected, stored);
        Assert.Equal(8, stored.Reps);
        var log = await NewStudyStore().LogAsync("ann", cancellationToken: Ct);
        Assert.Equal(8, log.Count);
        Assert.Equal(1, log.Count(e => e.PhaseBefore == CardPhase.New));
        await using var db = database.NewContext();
        Assert.Equal(8, await db.CardStates.Select(s => s.Version).SingleAsync(Ct));
    }

    private StudyStore NewStudyStore() => new(database.NewContext());

    private IncidentStore NewIncidentStore() => new(database.NewContext(), clock, new DistractorCache());

    private FsrsScheduler Scheduler() => new(FsrsParameters.Default with { EnableFuzz = false }, clock);

    private async Task<Guid> AddIncidentAsync(string title) => (await NewIncidentStore().AddAsync(Incidents.Make(title), Ct)).Record.Id;
}

public sealed class SqliteStudyStoreTests() : StudyStoreScenarios("sqlite");

public sealed class PostgresStudyStoreTests() : StudyStoreScenarios("postgres");
