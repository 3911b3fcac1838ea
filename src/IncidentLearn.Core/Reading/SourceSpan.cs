using System.Text.Json.Serialization;

namespace IncidentLearn.Core.Reading;

/// <summary>The source lines a fact was read from, 1-based and inclusive, as the text was pasted.</summary>
public sealed record SourceSpan([property: JsonPropertyName("line")] int Line, [property: JsonPropertyName("endLine")] int EndLine);
