using System.Text;
using IncidentLearn.Core.Reports;

namespace IncidentLearn.Core.Exports;

/// <summary>
/// The share variant of an incident in Markdown: a readable report (key figures, STAR story, Mermaid gantt, timeline
/// table with findings, action items, lessons) for GitHub, GitLab and similar hosts. It writes a finished
/// <see cref="IncidentReportModel"/> and computes nothing; unlike the canonical file it is not meant to be read back.
/// </summary>
public static class ShareMarkdownWriter
{
    public static string Write(IncidentReportModel model)
    {
        var md = new StringBuilder(8192);
        md.Append("# ").Append(Inline(model.Title)).Append("\n\n");
        if (model.Subtitle.Length > 0)
        {
            md.Append("**").Append(Inline(model.Subtitle)).Append("**\n\n");
        }

        Facts(md, "Services", model.Services, code: true);
        Facts(md, "Authors", model.Authors, code: false);
        if (model.KeyFigures.Count > 0)
        {
            md.Append('\n').Append(Row(model.KeyFigures.Select(f => f.Label))).Append(Rule(model.KeyFigures.Select(_ => "---")));
            md.Append(Row(model.KeyFigures.Select(f => f.Value)));
        }

        md.Append('\n');
        Section(md, "Summary", model.Summary);
        Section(md, "Impact", model.Impact);
        foreach (var detail in model.Details)
        {
            md.Append("**").Append(detail.Label).Append(".** ").Append(Paragraphs(detail.Text)).Append("\n\n");
        }

        if (model.Story is { } story)
        {
            md.Append("## STAR story\n\n");
            if (story.Prompt is not null)
            {
                md.Append("> ").Append(Inline(story.Prompt)).Append("\n\n");
            }

            foreach (var part in story.Parts)
            {
                md.Append("**").Append(part.Name).Append("**").Append(part.Drafted ? " _(drafted from the record)_" : "").Append("  \n");
                md.Append(Paragraphs(part.Text)).Append("\n\n");
            }

            md.Append("<details><summary>60-second version (").Append(Inline(story.ShortLength)).Append(")</summary>\n\n");
            md.Append(Paragraphs(story.ShortText)).Append("\n\n</details>\n\n");
        }

        Timeline(md, model.Timeline);
        List(md, "Root causes", model.RootCauses);
        List(md, "Contributing factors", model.ContributingFactors);
        if (model.ActionItems.Count > 0)
        {
            md.Append("## Action items\n\n").Append(Row(["Action", "Owner", "Type", "Status", "Due"])).Append(Rule(["---", "---", "---", "---", "---"]));
            foreach (var item in model.ActionItems)
            {
                md.Append(Row([item.Text, item.Owner, item.Type, item.Status, item.Due]));
            }

            md.Append('\n');
        }

        if (model.Lessons.Count > 0)
        {
            md.Append("## Lessons\n\n");
            foreach (var group in model.Lessons)
            {
                md.Append("### ").Append(group.Heading).Append("\n\n");
                md.Append(string.Concat(group.Items.Select(i => "- " + Inline(i) + "\n"))).Append('\n');
            }
        }

        return md.Append("---\n\n_Shared from IncidentLearn._\n").ToString();
    }

    private static void Timeline(StringBuilder md, TimelineSectionModel timeline)
    {
        if (timeline.Rows.Count == 0)
        {
            return;
        }

        md.Append("## Timeline\n\n");
        if (timeline.MermaidGantt is not null)
        {
            md.Append(timeline.MermaidGantt).Append('\n');
        }

        md.Append(Inline(timeline.ZoneNote)).Append(" Rows marked ⚠ have a finding.\n\n");
        md.Append(Row(["#", "Start", "End", "Min", "Kind", "Actor", "Event"])).Append(Rule(["--:", "---", "---", "--:", "---", "---", "---"]));
        foreach (var r in timeline.Rows)
        {
            md.Append(Row([r.Number + (r.Flagged ? " ⚠" : ""), r.Start, r.End, r.Minutes, r.Kind, r.Actor, r.Text]));
        }

        md.Append('\n');
        if (timeline.Findings.Count > 0)
        {
            md.Append("### Findings\n\n");
            foreach (var f in timeline.Findings)
            {
                md.Append("- **").Append(f.Kind).Append("**").Append(f.Events.Length > 0 ? $" (events {f.Events})" : "").Append(": ").Append(Inline(f.Message)).Append('\n');
            }

            md.Append('\n');
        }
    }

    private static void Facts(StringBuilder md, string label, IReadOnlyList<string> values, bool code)
    {
        if (values.Count > 0)
        {
            md.Append("**").Append(label).Append(":** ").Append(string.Join(", ", values.Select(v => code ? Code(v) : Inline(v)))).Append("  \n");
        }
    }

    private static void Section(StringBuilder md, string heading, string? text)
    {
        if (text is not null)
        {
            md.Append("## ").Append(heading).Append("\n\n").Append(Paragraphs(text)).Append("\n\n");
        }
    }

    private static void List(StringBuilder md, string heading, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            md.Append("## ").Append(heading).Append("\n\n").Append(string.Concat(items.Select(i => "- " + Inline(i) + "\n"))).Append('\n');
        }
    }

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(Cell)) + " |\n";

    /// <summary>A table's delimiter row, written as is: escaping it would turn the table into text.</summary>
    private static string Rule(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |\n";

    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Code(string text) => text.Contains('`', StringComparison.Ordinal) ? Inline(text) : $"`{text}`";

    /// <summary>One line of text that cannot open HTML, a heading or a list wherever it lands.</summary>
    private static string Inline(string text) => CanonicalFormat.MarkdownEscaping.EscapeLine(
        text.ReplaceLineEndings(" ").Trim().Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal));

    /// <summary>Prose keeping the author's paragraphs, each line escaped where it would start a block.</summary>
    private static string Paragraphs(string text) => CanonicalFormat.MarkdownEscaping.EscapeParagraphs(
        text.ReplaceLineEndings("\n").Trim().Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal));
}
