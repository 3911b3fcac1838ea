namespace IncidentLearn.Core.Timelines;

/// <summary>
/// Remembers what each text was read as, within one timeline: logs repeat the same times, durations and lines
/// ("09:05", "5 minutes", "Status page updated."). It stops remembering after <see cref="Capacity"/> texts, so a
/// log whose every line differs costs no table large enough to land on the large object heap.
/// </summary>
internal sealed class TextMemo<T>(Func<string, T> read)
{
    // 1 024 keeps the table under 85 KB as it grows (at 2 048 it grows to 4 049 slots, about 97 KB).
    public const int Capacity = 1024;

    private readonly Dictionary<string, T> seen = new(StringComparer.Ordinal);

    public T this[string? text]
    {
        get
        {
            text ??= "";
            if (seen.TryGetValue(text, out var result))
            {
                return result;
            }

            result = read(text);
            if (seen.Count < Capacity)
            {
                seen[text] = result;
            }

            return result;
        }
    }
}
