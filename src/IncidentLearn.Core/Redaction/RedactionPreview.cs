namespace IncidentLearn.Core.Redaction;

/// <summary>One replacement: in which text, what was there, what replaces it, why, and where (offsets in the original text).</summary>
public sealed record RedactionChange(string Field, string Original, string Replacement, RedactionKind Kind, int Start, int Length);

/// <summary>A text before and after redaction.</summary>
public sealed record RedactedText(string Field, string Original, string Redacted);

/// <summary>What POST /api/incidents/{id}/redact returns: every text redacted, and every change made, for review before sharing.</summary>
public sealed record RedactionPreview(IReadOnlyList<RedactedText> Texts, IReadOnlyList<RedactionChange> Changes);

/// <summary>Names the caller knows must go that the record may not reveal as names (the employer, customers, products).</summary>
public sealed record RedactionTerms(IReadOnlyList<string> Companies, IReadOnlyList<string> Customers)
{
    public static RedactionTerms None { get; } = new([], []);
}
