using System.Text;
using FsCheck;
using FsCheck.Fluent;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Tests.Markdown;

/// <summary>
/// FsCheck generators for whole records whose text mixes plain words, Markdown and YAML syntax, whitespace,
/// every kind of line break and arbitrary Unicode (surrogate pairs, and also lone surrogates and NUL, which the
/// format replaces with U+FFFD because UTF-8 and CommonMark cannot carry them).
/// </summary>
internal static class IncidentGenerators
{
    private static readonly string[] Words =
    [
        "checkout", "Redis", "failover", "the", "alert", "fired", "at", "14:02", "SEV2", "p1", "yes", "no", "null", "~",
        "true", "123", "0x1F", "1e3", "2025-03-04", ".inf", "Notes:", "Summary", "Timeline", "STAR", "Source", "Situation",
        "What went well", "Other lessons", "Follow-up questions", "on", "off", "a", "Z",
    ];

    private static readonly string[] Syntax =
    [
        "#", "# ", "## ", "### ", "#### ", "\\#", " #", "- ", "-", "* ", "+ ", "1. ", "2) ", "10.", "| ", "|", " | ", "\\|", "> ",
        "```", "````", "~~~", "---", "===", "___", "***", "- - -", "<br>", "<BR/>", "<br />", "\\<br>", "\\", "\\\\", "<div>",
        "</div>", "<!--", "-->", "<pre>", "<script>", "<?php", "<![CDATA[", "&amp;", "**bold**", "_em_", "`code`", "[x]: /url",
        "[link](http://x)", ":", ": ", ":-|-:", "|---|---|", "\"", "'", "%", "@", "!", "&", "*", "?", "{", "}", "[", "]", ",",
        "...", "`text", "\\-", "- \\", "\\ ", "Notes: Summary", ":---", "{{", "$",
    ];

    private static readonly string[] Spacing =
        [" ", "  ", "    ", "\t", "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\n  ", "\n    ", " \n", "\t\n", "\u00A0", "\u3000", "\v", "\f"];

    private static readonly string[] Unicode =
    [
        "–", "—", "‑", "“quoted”", "‘x’", "…", "漢字", "日本語のテキスト", "😀", "👩‍💻", "🇩🇪", "e\u0301", "n\u0303", "שלום", "مرحبا",
        "\u202E", "\u200B", "\u2028", "\u2029", "\u0085", "\uFEFF", "\uFFFD", "\u00AD", "\u0000", "\u0007", "\u001B",
        "\uD800", "\uDFFF", "\uFFFE", "\uFFFF", "\u0080", "\u009F",
    ];

    private static Gen<string> AnyCodePoint =>
        Gen.Choose(1, 0x10FFFF).Select(cp => cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));

    private static Gen<string> Fragment =>
        Gen.Frequency(
            (5, Gen.Elements(Words)),
            (4, Gen.Elements(Syntax)),
            (4, Gen.Elements(Spacing)),
            (2, Gen.Elements(Unicode)),
            (2, AnyCodePoint));

    /// <summary>Text of up to a dozen fragments, sometimes empty.</summary>
    public static Gen<string> Text =>
        Gen.Choose(0, 12).SelectMany(n => Fragment.ArrayOf(n)).Select(string.Concat);

    public static Gen<string?> OptionalText => Gen.Frequency((1, Gen.Constant<string?>(null)), (4, Text.Select(t => (string?)t)));

    private static Gen<List<string>> TextList => Gen.Choose(0, 3).SelectMany(n => Text.ArrayOf(n)).Select(a => a.ToList());

    private static Gen<T?> OptionalEnum<T>() where T : struct, Enum =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, Gen.Elements(Enum.GetValues<T>()).Select(v => (T?)v)));

    private static Gen<DateOnly?> OptionalDate =>
        Gen.Frequency((1, Gen.Constant<DateOnly?>(null)), (3, Gen.Choose(0, 3_000_000).Select(d => (DateOnly?)DateOnly.FromDayNumber(d))));

    private static Gen<List<T>> ListOf<T>(Gen<T> gen, int max) => Gen.Choose(0, max).SelectMany(n => gen.ArrayOf(n)).Select(a => a.ToList());

    private static Gen<TimelineEvent> Event =>
        from start in Text
        from end in OptionalText
        from duration in OptionalText
        from kind in OptionalEnum<EventKind>()
        from actor in OptionalText
        from text in Text
        select new TimelineEvent { Start = start, End = end, StatedDuration = duration, Kind = kind, Actor = actor, Text = text };

    private static Gen<ActionItem> Action =>
        from text in Text
        from owner in OptionalText
        from type in OptionalEnum<ActionType>()
        from status in Gen.Elements(Enum.GetValues<ActionStatus>())
        from due in OptionalDate
        select new ActionItem { Text = text, Owner = owner, Type = type, Status = status, Due = due };

    private static Gen<FollowUp> FollowUpGen =>
        from question in Text
        from answer in OptionalText
        select new FollowUp { Question = question, Answer = answer };

    private static Gen<FreeSection> Section =>
        from heading in Text
        from body in Text
        select new FreeSection { Heading = heading, Body = body };

    private static Gen<Lessons> LessonsGen =>
        from well in TextList
        from wrong in TextList
        from lucky in TextList
        from other in TextList
        select new Lessons { WentWell = well, WentWrong = wrong, GotLucky = lucky, Other = other };

    private static Gen<StarParts> Star =>
        from s in OptionalText
        from t in OptionalText
        from a in OptionalText
        from r in OptionalText
        select new StarParts { Situation = s, Task = t, Action = a, Result = r };

    private static Gen<Guid> Id => Gen.Frequency((1, Gen.Constant(Guid.Empty)), (4, Gen.Fresh(Guid.NewGuid)));

    public static Gen<IncidentRecord> Record =>
        from id in Id
        from title in Gen.Frequency((1, Text), (6, Text.Select(t => "T" + t)))
        from date in OptionalDate
        from timeZone in OptionalText
        from authors in TextList
        from status in Gen.Elements(Enum.GetValues<IncidentStatus>())
        from severity in OptionalText
        from services in TextList
        from tags in TextList
        from summary in OptionalText
        from impact in OptionalText
        from rootCauses in TextList
        from trigger in OptionalText
        from detection in OptionalText
        from resolution in OptionalText
        from factors in TextList
        from timeline in ListOf(Event, 3)
        from actions in ListOf(Action, 3)
        from lessons in LessonsGen
        from role in OptionalText
        from prompt in OptionalText
        from star in Star
        from followUps in ListOf(FollowUpGen, 3)
        from questions in TextList
        from sections in ListOf(Section, 3)
        from source in OptionalText
        select new IncidentRecord
        {
            Id = id,
            Title = title,
            Date = date,
            TimeZone = timeZone,
            Authors = authors,
            Status = status,
            Severity = severity,
            Services = services,
            Tags = tags,
            Summary = summary,
            Impact = impact,
            RootCauses = rootCauses,
            Trigger = trigger,
            Detection = detection,
            Resolution = resolution,
            ContributingFactors = factors,
            Timeline = timeline,
            ActionItems = actions,
            Lessons = lessons,
            AuthorRole = role,
            Prompt = prompt,
            Star = star,
            FollowUps = followUps,
            Questions = questions,
            Sections = sections,
            SourceText = source,
        };

    /// <summary>Shows a string with its invisible characters spelled out, for failure messages.</summary>
    public static string Show(string text)
    {
        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
            builder.Append(rune.Value is < 0x20 or (>= 0x7F and < 0xA0) or 0x2028 or 0x2029 or 0xFEFF ? $"\\u{rune.Value:X4}" : rune.ToString());
        return builder.ToString();
    }
}
