using System.Text;

namespace IncidentLearn.Core.Cards;

/// <summary>A deck as Markdown: a numbered list of questions, each with its options and its answer beneath.</summary>
public static class CardMarkdownWriter
{
    public static string Write(string title, IEnumerable<Card> cards)
    {
        var md = new StringBuilder();
        md.Append("# Flashcards: ").Append(title.Trim()).Append("\n\n");
        var n = 0;
        foreach (var card in cards)
        {
            n++;
            md.Append(n).Append(". ").Append(card.Question.Trim()).Append('\n');
            foreach (var choice in card.Choices)
            {
                md.Append("   - [ ] ").Append(choice).Append('\n');
            }

            var lines = card.Answer.Split('\n');
            md.Append("\n   **Answer:**").Append(lines.Length == 1 ? " " + lines[0] : "").Append('\n');
            if (lines.Length > 1)
            {
                foreach (var line in lines)
                {
                    md.Append("   ").Append(line).Append('\n');
                }
            }

            md.Append("\n   *").Append(card.Kind.ToString().ToLowerInvariant()).Append(", from ").Append(card.Source).Append("*\n\n");
        }

        return md.ToString();
    }
}
