using System.Text;
using System.Text.RegularExpressions;
using IncidentLearn.Core.Cards;

namespace IncidentLearn.Core.Tests.Cards;

/// <summary>The hand-written text helpers must give exactly what the regexes they replaced gave.</summary>
public sealed partial class CardTextTests
{
    private static readonly string[] Pieces =
    [
        " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2028", "\u0085", "\u200B", "\u3000", ".", "!", "?", ". ", "? ", "A", "z", "é", "É",
        "5", "“", "\"", "'", "(", ")", "-", "e.g.", "v1.2", "The", "ß", "İ", "\uD83D\uDE00", "Ⅻ", "٣", ",", "€", "_",
    ];

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" Writes failed.  Then\tthe\u00A0team rolled back. “It worked” (mostly). e.g. this v1.2 stays whole.\n")]
    [InlineData("Ends here! 5 minutes later? 'Quoted' next.")]
    [InlineData("ÉTÉ was Ⅻ times İstanbul ß \uD83D\uDE00 done")]
    public void HelpersMatchTheRegexVersions(string text) => AssertSame(text);

    [Fact]
    public void HelpersMatchTheRegexVersionsOnMixedText()
    {
        var random = new Random(20240601);
        for (var n = 0; n < 5_000; n++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(0, 30); i > 0; i--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            AssertSame(text.ToString());
        }
    }

    private static void AssertSame(string text)
    {
        var collapsed = Whitespace().Replace(text, " ").Trim();
        Assert.Equal(collapsed, CardText.Collapse(text));
        Assert.Equal(Whitespace().Split(text.Trim()).Count(w => w.Length > 0), CardText.WordCount(text));
        Assert.Equal(ReferenceNormalize(text), CardText.Normalize(text));
        var sentences = string.IsNullOrWhiteSpace(text) ? [] : SentenceBreak().Split(collapsed).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        Assert.Equal(sentences, CardText.Sentences(text));
    }

    private static string ReferenceNormalize(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9“""'(])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
