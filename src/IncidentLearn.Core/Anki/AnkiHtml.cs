using System.Text;

namespace IncidentLearn.Core.Anki;

/// <summary>Turns card text into Anki field HTML: escaped, with "- " lists as &lt;ul&gt; and line breaks as &lt;br&gt;.</summary>
public static class AnkiHtml
{
    /// <summary>Escapes only what HTML needs (&amp; &lt; &gt; &quot;), leaving accents and symbols readable in Anki's editor.</summary>
    public static string Escape(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }

    public static string FromCardText(string text)
    {
        var lines = text.Replace("\t", " ", StringComparison.Ordinal).ReplaceLineEndings("\n").Split('\n');
        if (lines.Length > 1 && lines.All(l => l.StartsWith("- ", StringComparison.Ordinal)))
        {
            return "<ul>" + string.Concat(lines.Select(l => "<li>" + Escape(l[2..]) + "</li>")) + "</ul>";
        }

        return string.Join("<br>", lines.Select(Escape));
    }

    /// <summary>Escapes a cloze sentence while keeping its {{cN::…}} markup, which holds no HTML-special characters.</summary>
    public static string FromCloze(string cloze) => Escape(cloze);

    public static string Choices(IEnumerable<string> choices) =>
        "<ol class=\"choices\" type=\"A\">" + string.Concat(choices.Select(c => "<li>" + Escape(c) + "</li>")) + "</ol>";
}
