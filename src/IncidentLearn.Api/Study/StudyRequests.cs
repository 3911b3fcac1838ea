using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using IncidentLearn.Core.Study;

namespace IncidentLearn.Api.Study;

/// <summary>POST /api/study/reviews: which card and how well it was recalled. <see cref="IncidentId"/> is optional and only saves a search.</summary>
public sealed record ReviewRequest(string? CardId, JsonElement Rating, Guid? IncidentId);

/// <summary>Reading what study requests name: the learner, the rating, the time zone.</summary>
public static partial class StudyRequests
{
    public const string DefaultUser = "me";

    public const string UserRule = "The user is 1 to 64 letters, digits, '-', '_', '.' or '@'.";

    public const string RatingRule = "Rate with \"again\", \"hard\", \"good\" or \"easy\" (or 1 to 4).";

    public static bool IsValidUser(string user) => UserPattern().IsMatch(user);

    public static ReviewRating? ParseRating(JsonElement rating) => rating.ValueKind switch
    {
        JsonValueKind.Number when rating.TryGetInt32(out var number) => FromNumber(number),
        JsonValueKind.String => ParseRating(rating.GetString()!),
        _ => null,
    };

    public static TimeZoneInfo? FindZone(string? zone)
    {
        if (string.IsNullOrWhiteSpace(zone))
        {
            return TimeZoneInfo.Utc;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) ? found : null;
    }

    private static ReviewRating? ParseRating(string text) => text.Trim().ToLowerInvariant() switch
    {
        "again" => ReviewRating.Again,
        "hard" => ReviewRating.Hard,
        "good" => ReviewRating.Good,
        "easy" => ReviewRating.Easy,
        var other => int.TryParse(other, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? FromNumber(number) : null,
    };

    private static ReviewRating? FromNumber(int number) => number is >= 1 and <= 4 ? (ReviewRating)number : null;

    [GeneratedRegex(@"^[A-Za-z0-9\-_.@]{1,64}$")]
    private static partial Regex UserPattern();
}
