using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IncidentLearn.Core.Reading.Sections;

/// <summary>The plain words of Markdown inlines (emphasis, links and code spans unwrapped).</summary>
public static class InlineText
{
    public static string Of(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline);
        return builder.ToString().Trim();
    }

    public static string Of(LeafBlock block) => Of(block.Inline);

    private static void Append(StringBuilder builder, Inline? inline)
    {
        switch (inline)
        {
            case null: return;
            case LiteralInline literal: builder.Append(literal.Content.ToString()); return;
            case CodeInline code: builder.Append(code.Content); return;
            case LineBreakInline: builder.Append(' '); return;
            case AutolinkInline link: builder.Append(link.Url); return;
            case HtmlEntityInline entity: builder.Append(entity.Transcoded.ToString()); return;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(builder, child);
                }

                return;
        }
    }
}
