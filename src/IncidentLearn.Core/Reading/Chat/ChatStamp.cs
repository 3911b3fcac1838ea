namespace IncidentLearn.Core.Reading.Chat;

/// <summary>Where a chat client puts the author in a stamp line, if anywhere.</summary>
public enum ChatStampForm
{
    /// <summary>"Priya Raman  11:52 PM", "Priya Raman, 11:52 PM", "Priya Raman — Today at 11:52 PM": the message follows below.</summary>
    NameFirst,

    /// <summary>"[11:52 PM] Priya Raman" (a Teams header) or "[11:55 PM] ack, looking" (a Slack follow-up): the rest decides.</summary>
    TimeFirst,

    /// <summary>"11:55" or "[11:55 PM]": a follow-up by whoever spoke last, its text below.</summary>
    TimeOnly,
}

/// <summary>A date as a chat client prints it ("21/11/2026", "11/21/26"), its order still unknown.</summary>
public sealed record ChatDate(int First, int Second, int Year);

/// <summary>
/// The stamp a chat client prints with a message: who (for <see cref="ChatStampForm.NameFirst"/>), the clock time as
/// written ("11:52 PM", "23:52"), a date when the client printed one, and the text after a time-first stamp.
/// <see cref="Strong"/> is true when the stamp has a mark no sentence would (AM/PM, brackets, two spaces, a comma
/// or dash before the time, a day); a bare "Name 23:52" is weak and needs more evidence to count.
/// </summary>
public sealed record ChatStamp(ChatStampForm Form, string? Name, string Time, ChatDate? Date, bool TwelveHour, bool Strong, string? Rest);
