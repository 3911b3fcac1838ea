using System.Text.Json;
using System.Text.Json.Serialization;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Scorecard;

/// <summary>An action item is written either as its phrase alone or as {"text": …, "status": …}.</summary>
public sealed class ExpectedActionItemConverter : JsonConverter<ExpectedActionItem>
{
    public override ExpectedActionItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new ExpectedActionItem(reader.GetString()!);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("an action item is a phrase or an object {\"text\": …, \"status\": …}");
        }

        string? text = null;
        ActionStatus? status = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "text":
                    text = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("an action item's text is a string");
                    break;
                case "status":
                    status = reader.TokenType == JsonTokenType.Null ? null : Status(reader.GetString());
                    break;
                default:
                    throw new JsonException($"an action item has only 'text' and 'status', not '{name}'");
            }
        }

        return new ExpectedActionItem(text ?? throw new JsonException("an action item object needs a 'text'"), status);
    }

    public override void Write(Utf8JsonWriter writer, ExpectedActionItem value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Expectations are written by people, not by the scorecard.");

    private static ActionStatus Status(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "open" => ActionStatus.Open,
        "in-progress" => ActionStatus.InProgress,
        "done" => ActionStatus.Done,
        "wont-do" => ActionStatus.WontDo,
        _ => throw new JsonException($"status '{text}' is none of open, in-progress, done, wont-do"),
    };
}
