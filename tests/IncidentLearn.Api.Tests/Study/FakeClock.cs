namespace IncidentLearn.Api.Tests.Study;

/// <summary>A clock the test moves by hand; the app's TimeProvider is replaced with it so due times are exact.</summary>
internal sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
