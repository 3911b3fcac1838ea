namespace IncidentLearn.Data.Tests.Study;

/// <summary>A clock the test moves by hand, so review times are exact on every provider.</summary>
internal sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
