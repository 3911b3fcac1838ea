using System.Buffers;
using IncidentLearn.Core.Reading;

namespace IncidentLearn.Api.Infrastructure;

/// <summary>Reads a request body as text, up to the configured limit, so an oversized body is refused before it is parsed.</summary>
public static class BoundedBody
{
    /// <summary>The body as text, or the ProblemDetails to answer: 413 over the limit, 400 naming the byte that is not UTF-8.</summary>
    public static async Task<(string? Text, IResult? Problem)> ReadTextAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var bytes = await ReadBytesAsync(request, limit, cancellationToken);
        if (bytes is null)
        {
            return (null, Problems.TooLarge(limit));
        }

        var decoded = SourceDecoder.Decode(bytes);
        return decoded.Succeeded ? (decoded.Text, null) : (null, Problems.NotUtf8(decoded.Error!));
    }

    private static async Task<byte[]?> ReadBytesAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
