using System.Text.RegularExpressions;
using IncidentLearn.Core.Text;

namespace IncidentLearn.Core.Reading.Shapes;

/// <summary>Removes page boilerplate around a title: "# ", "**", and suffixes such as " - Example Response".</summary>
public static partial class TitleCleaner
{
    public static string Clean(string title)
    {
        var trimmed = title.Trim().Trim('#', '*', '_', ' ').Trim();
        return Boilerplate().Replace(trimmed, "").Trim();
    }

    [GeneratedRegex(@"\s*[-–—:|]\s*(?:an? )?(?:example|sample|model|suggested|star)\s+(?:response|answer)s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Boilerplate();
}
