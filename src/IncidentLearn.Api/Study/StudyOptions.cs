using IncidentLearn.Core.Study;

namespace IncidentLearn.Api.Study;

/// <summary>Study settings: <c>Study:NewCardsPerDay</c> (default 20) and <c>Study:EnableFuzz</c> (default true).</summary>
public sealed record StudyOptions
{
    public const string SectionName = "Study";

    public int NewCardsPerDay { get; init; } = StudyQueue.DefaultNewCardsPerDay;

    /// <summary>Spread review intervals a little (deterministically); off makes intervals exactly FSRS's.</summary>
    public bool EnableFuzz { get; init; } = true;

    public static StudyOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var defaults = new StudyOptions();
        return new StudyOptions
        {
            NewCardsPerDay = int.TryParse(section["NewCardsPerDay"], out var perDay) && perDay >= 0 ? perDay : defaults.NewCardsPerDay,
            EnableFuzz = bool.TryParse(section["EnableFuzz"], out var fuzz) ? fuzz : defaults.EnableFuzz,
        };
    }
}
