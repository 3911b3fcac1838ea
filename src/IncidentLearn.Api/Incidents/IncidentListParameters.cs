using System.Globalization;
using IncidentLearn.Data.Store;

namespace IncidentLearn.Api.Incidents;

/// <summary>The list's query string, checked field by field so a bad value is named rather than ignored.</summary>
public sealed record IncidentListParameters(
    int? Page,
    int? PageSize,
    string? Tag,
    string? Severity,
    string? Service,
    string? Status,
    string? From,
    string? To,
    string? Sort)
{
    private static readonly Dictionary<string, IncidentSort> Sorts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["-date"] = IncidentSort.DateDescending,
        ["date"] = IncidentSort.DateAscending,
        ["title"] = IncidentSort.TitleAscending,
        ["-title"] = IncidentSort.TitleDescending,
        ["-updated"] = IncidentSort.UpdatedDescending,
        ["severity"] = IncidentSort.SeverityAscending,
    };

    private static readonly string[] Statuses = ["draft", "in-review", "published"];

    public (IncidentQuery? Query, Dictionary<string, string[]> Errors) ToQuery()
    {
        var errors = new Dictionary<string, string[]>();
        if (Page is < 1)
        {
            errors["page"] = ["Pages are numbered from 1."];
        }

        if (PageSize is < 1 or > IncidentQuery.MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {IncidentQuery.MaxPageSize}."];
        }

        if (Status is not null && !Statuses.Contains(Status))
        {
            errors["status"] = ["status must be one of draft, in-review, published."];
        }

        var from = ParseDate(From, "from", errors);
        var to = ParseDate(To, "to", errors);
        if (from > to)
        {
            errors["to"] = ["'to' is earlier than 'from'."];
        }

        var sort = IncidentSort.DateDescending;
        if (Sort is not null && !Sorts.TryGetValue(Sort, out sort))
        {
            errors["sort"] = [$"sort must be one of {string.Join(", ", Sorts.Keys)}."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var query = new IncidentQuery
        {
            Page = Page ?? 1,
            PageSize = PageSize ?? 20,
            Tag = Tag,
            Severity = Severity,
            Service = Service,
            Status = Status,
            From = from,
            To = to,
            Sort = sort,
        };
        return (query, errors);
    }

    private static DateOnly? ParseDate(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = [$"'{text}' is not a date written YYYY-MM-DD."];
        return null;
    }
}
