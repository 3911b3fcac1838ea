using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Tests.Markdown;

/// <summary>Record equality through the record's one JSON shape, so a failure shows the whole difference.</summary>
internal static class RecordAssert
{
    public static void Equal(IncidentRecord expected, IncidentRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(IncidentJson.Serialize(expected), IncidentJson.Serialize(actual));
    }

    public static bool AreEqual(IncidentRecord expected, IncidentRecord? actual) =>
        actual is not null && IncidentJson.Serialize(expected) == IncidentJson.Serialize(actual);
}
