using System.Buffers;
using System.Text;

namespace IncidentLearn.Api.Infrastructure;

/// <summary>Reads a request body up to the configured limit, so an oversized body is refused before it is parsed.</summary>
public static class BoundedBody
{
    /// <summary>The body as UTF-8 text; null when it is larger than the limit. Throws DecoderFallbackException on bytes that are not UTF-8.</summary>
    public static async Task<byte[]?> ReadBytesAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
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

    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
