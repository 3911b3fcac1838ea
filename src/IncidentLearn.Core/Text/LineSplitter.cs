namespace IncidentLearn.Core.Text;

/// <summary>Splits text into lines on every line ending people paste: CRLF, LF, CR, NEL, U+2028 and U+2029.</summary>
public static class LineSplitter
{
    public static List<string> Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\n' or '\r' or '\u0085' or '\u2028' or '\u2029'))
            {
                continue;
            }

            lines.Add(text[start..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        lines.Add(text[start..]);
        return lines;
    }
}
