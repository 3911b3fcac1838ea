using System.Buffers;

namespace IncidentLearn.Core.Timelines;

/// <summary>
/// A per-event working array for one analysis, rented from the shared pool. A 10 000-event log needs several
/// arrays over 85 KB; allocating them afresh each time lands them on the large object heap, whose budget is
/// small and whose collections are full ones, which cost more than the analysis itself.
/// Only the first <see cref="Length"/> items are in use; they start out default.
/// </summary>
internal sealed class ScratchArray<T> : IDisposable
{
    private T[]? items;

    public ScratchArray(int length)
    {
        items = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(items, 0, length);
        Length = length;
    }

    public int Length { get; }

    public ref T this[int index] => ref Items[(uint)index < (uint)Length ? index : throw new ArgumentOutOfRangeException(nameof(index))];

    public ReadOnlySpan<T> Span => Items.AsSpan(0, Length);

    private T[] Items => items ?? throw new ObjectDisposedException(nameof(ScratchArray<T>));

    public void Dispose()
    {
        if (items is { } rented)
        {
            items = null;
            ArrayPool<T>.Shared.Return(rented, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
