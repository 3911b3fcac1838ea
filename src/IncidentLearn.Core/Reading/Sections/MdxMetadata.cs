using System.Globalization;
using System.Text.RegularExpressions;
using IncidentLearn.Core.Reading.Noise;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Sections;

/// <summary>
/// An MDX page's exported metadata object ("export const meta = { title: '…', date: '2024-11-19' }") is its front
/// matter written as code: the noise stage drops it as page code, and this reads its literal title and date into the
/// record (the title over any a reader found, as front matter's does). "title: post.title" names no title.
/// </summary>
public static partial class MdxMetadata
{
    public static void Read(ReadContext context)
    {
        var record = context.Record;
        string? title = null;
        DateOnly? date = null;
        foreach (var dropped in context.Report.Dropped.Where(d => d.Kind == DropKind.PageCode))
        {
            var match = Property().Match(dropped.Text);
            if (!match.Success)
            {
                continue;
            }

            var value = match.Groups["value"].Value.Trim();
            switch (match.Groups["name"].Value)
            {
                case "title":
                    title ??= value;
                    break;
                case "date" when DateOnly.TryParse(value.Length >= 10 ? value[..10] : value, CultureInfo.InvariantCulture, out var parsed):
                    date ??= parsed;
                    break;
            }
        }

        if (title is { Length: > 0 })
        {
            record.Title = Shapes.TitleCleaner.Clean(title);
        }

        record.Date ??= date;
    }

    [GeneratedRegex(@"^\s*(?<name>title|date)\s*:\s*(?<q>['""`])(?<value>[^'""`]{1,200})\k<q>\s*,?\s*$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Property();
}
