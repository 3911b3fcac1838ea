using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Cards;

/// <summary>
/// The user's incidents' field values, indexed by field once, so a choice card draws its wrong answers in
/// constant time instead of scanning every incident (which would make a deck of n incidents quadratic).
/// </summary>
public sealed class DistractorIndex
{
    public const string Trigger = "trigger";
    public const string RootCause = "rootCauses";
    public const string Detection = "detection";
    public const string PreventiveAction = "actionItems.prevent";

    private readonly Dictionary<string, List<(Guid IncidentId, string Value)>> byField = new(StringComparer.Ordinal);

    public static DistractorIndex Empty { get; } = new();

    public static DistractorIndex Build(IEnumerable<IncidentRecord> incidents)
    {
        var index = new DistractorIndex();
        foreach (var record in incidents)
        {
            index.Add(record);
        }

        return index;
    }

    public void Add(IncidentRecord record)
    {
        Put(Trigger, record.Id, CardText.FirstSentences(record.Trigger, 40, 1));
        record.RootCauses.ForEach(c => Put(RootCause, record.Id, c));
        Put(Detection, record.Id, CardText.FirstSentences(record.Detection, 40, 1));
        foreach (var item in record.ActionItems.Where(a => a.Type == ActionType.Prevent))
        {
            Put(PreventiveAction, record.Id, item.Text);
        }
    }

    /// <summary>
    /// Up to <paramref name="count"/> values of the field from other incidents, none equal to the right answer,
    /// starting at a place fixed by <paramref name="seed"/> so the same card always gets the same options.
    /// </summary>
    public IReadOnlyList<string> Pick(string field, Guid excludeIncident, string rightAnswer, int count, long seed)
    {
        if (!byField.TryGetValue(field, out var values) || values.Count == 0)
        {
            return [];
        }

        var taken = new HashSet<string>(StringComparer.Ordinal) { CardText.Normalize(rightAnswer) };
        var picked = new List<string>(count);
        var start = (int)(seed % values.Count);
        // Bounded walk: a few candidates per wanted option, never the whole list.
        var budget = Math.Min(values.Count, (count * 8) + 8);
        for (var step = 0; step < budget && picked.Count < count; step++)
        {
            var (incident, value) = values[(start + step) % values.Count];
            if (incident != excludeIncident && taken.Add(CardText.Normalize(value)))
            {
                picked.Add(value);
            }
        }

        return picked;
    }

    private void Put(string field, Guid incidentId, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (!byField.TryGetValue(field, out var list))
        {
            byField[field] = list = [];
        }

        list.Add((incidentId, CardText.Collapse(value)));
    }
}
