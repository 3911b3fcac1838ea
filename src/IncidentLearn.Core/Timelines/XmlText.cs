using System.Text;

namespace IncidentLearn.Core.Timelines;

/// <summary>Text made safe inside XML: markup characters escaped and characters XML forbids (controls, lone surrogates) dropped.</summary>
internal static class XmlText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            if (char.IsSurrogate(c) || (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')
            {
                continue;
            }

            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Cuts text to a number of characters with an ellipsis, never splitting a surrogate pair.</summary>
    public static string Clip(string text, int characters)
    {
        if (characters <= 1)
        {
            return "";
        }

        if (text.Length <= characters)
        {
            return text;
        }

        var cut = characters - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }
}
