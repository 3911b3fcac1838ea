namespace IncidentLearn.Core.Time;

/// <summary>Month and weekday names in English, full or shortened ("Feb", "Sept", "Tues"), read without culture data.</summary>
internal static class CalendarWords
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>1 to 12, or 0 when the word is no month.</summary>
    public static int Month(ReadOnlySpan<char> word) => IndexOfName(Months, word.TrimEnd('.')) + 1;

    public static DayOfWeek? Weekday(ReadOnlySpan<char> word)
    {
        var index = IndexOfName(Weekdays, word.TrimEnd('.').TrimEnd(','));
        return index < 0 ? null : (DayOfWeek)index;
    }

    // A name counts when it is the full word or a prefix of three letters or more ("Sep", "Sept", "Septem" all are).
    private static int IndexOfName(string[] names, ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return -1;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (word.Length <= names[i].Length && names[i].AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
