using System.Text;
using IncidentLearn.Core.Incidents;

namespace IncidentLearn.Core.Reading;

/// <summary>The record's free-text fields that several parts of a source may add to.</summary>
public enum TextField
{
    Situation,
    Task,
    Action,
    Result,
    Summary,
    Impact,
    Resolution,
    Trigger,
    Detection,
}

/// <summary>
/// Collects text for the record's fields and writes each field once, so a source with thousands of parts
/// under one label costs linear time rather than re-copying the field at every part.
/// </summary>
public sealed class TextFields(IncidentRecord record)
{
    private readonly Dictionary<TextField, StringBuilder> pending = [];

    public void Append(TextField field, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (!pending.TryGetValue(field, out var builder))
        {
            builder = new StringBuilder(Get(field) ?? "");
            pending[field] = builder;
        }

        if (builder.Length > 0)
        {
            builder.Append('\n');
        }

        builder.Append(text);
    }

    /// <summary>Writes what was collected into the record; safe to call more than once.</summary>
    public void Flush()
    {
        foreach (var (field, builder) in pending)
        {
            Set(field, builder.ToString());
        }

        pending.Clear();
    }

    private string? Get(TextField field) => field switch
    {
        TextField.Situation => record.Star.Situation,
        TextField.Task => record.Star.Task,
        TextField.Action => record.Star.Action,
        TextField.Result => record.Star.Result,
        TextField.Summary => record.Summary,
        TextField.Impact => record.Impact,
        TextField.Resolution => record.Resolution,
        TextField.Trigger => record.Trigger,
        _ => record.Detection,
    };

    private void Set(TextField field, string value)
    {
        switch (field)
        {
            case TextField.Situation: record.Star.Situation = value; break;
            case TextField.Task: record.Star.Task = value; break;
            case TextField.Action: record.Star.Action = value; break;
            case TextField.Result: record.Star.Result = value; break;
            case TextField.Summary: record.Summary = value; break;
            case TextField.Impact: record.Impact = value; break;
            case TextField.Resolution: record.Resolution = value; break;
            case TextField.Trigger: record.Trigger = value; break;
            default: record.Detection = value; break;
        }
    }
}
