namespace IncidentLearn.Core.Reading.Noise;

/// <summary>What kind of page furniture a dropped line is; the reason beside it says the same for a person.</summary>
public enum DropKind
{
    /// <summary>Share and sign-in prompts, menus' words, "Read more": the site's own furniture.</summary>
    PageChrome,

    /// <summary>A byline or the page's own dates ("Posted by …", "Last updated: …").</summary>
    Byline,

    /// <summary>A menu, breadcrumb, action bar or a post's links to its neighbours.</summary>
    Navigation,

    /// <summary>A status page's own labels ("Subscribe to updates", "This incident affected: …").</summary>
    StatusPageLabel,

    /// <summary>A wiki's navigation and revision notes.</summary>
    WikiFurniture,

    /// <summary>A counter or widget: comments, views, read time, ratings.</summary>
    Counter,

    /// <summary>A footer: copyright, labels, post navigation.</summary>
    Footer,

    /// <summary>A site's promotion or banner.</summary>
    Promotion,

    /// <summary>A line describing the page, not the incident.</summary>
    PageDescription,

    /// <summary>An author bio, or the publisher's name printed alone.</summary>
    Author,

    /// <summary>Page code (MDX imports, exports, layout components).</summary>
    PageCode,

    /// <summary>A verbatim copy of an earlier line (a title printed twice, a banner repeated).</summary>
    Repeat,

    /// <summary>What a chat client prints around messages (reactions, thread summaries, day dividers).</summary>
    ChatClient,

    /// <summary>An interview-prep page's coaching around the story: how to answer, key points, mistakes to avoid.</summary>
    Coaching,

    /// <summary>Other people's words after the story: readers' comments, replies in a thread, and their headers.</summary>
    Comments,

    /// <summary>Text outside the write-up that no reader used (before its start or after its end).</summary>
    Leftover,
}
