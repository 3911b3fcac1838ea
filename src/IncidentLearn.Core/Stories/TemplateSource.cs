using System.Collections.Concurrent;
using HandlebarsDotNet;
using IncidentLearn.Core;

namespace IncidentLearn.Core.Stories;

/// <summary>
/// The Handlebars templates under templates/, compiled once each. Text is not HTML-escaped: the output is
/// spoken prose and Markdown, and Markdown templates escape where they need to.
/// </summary>
public sealed class TemplateSource
{
    private readonly IHandlebars handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> compiled = new(StringComparer.Ordinal);

    public TemplateSource(string? templatesPath = null)
    {
        Folder = ProjectFolders.Find("templates", templatesPath);
    }

    public string Folder { get; }

    /// <summary>Renders templates/{name}.hbs, for example "star/short" or "star/phrases/role".</summary>
    public string Render(string name, object model)
    {
        var template = compiled.GetOrAdd(name, Compile);
        return template(model).Trim();
    }

    private HandlebarsTemplate<object, object> Compile(string name)
    {
        var path = Path.Combine(Folder, name.Replace('/', Path.DirectorySeparatorChar) + ".hbs");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The template '{name}' is missing; expected it at {path}.", path);
        }

        return handlebars.Compile(File.ReadAllText(path));
    }
}
