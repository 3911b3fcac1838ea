using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace IncidentLearn.Core.Reading;

/// <summary>Turns uploaded bytes into text: UTF-8 only, a BOM stripped, anything else a clear error naming the byte.</summary>
public static class SourceDecoder
{
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        var offsetOfBody = bytes.Length - body.Length;
        if (Utf8.IsValid(body))
        {
            return DecodeResult.Success(Encoding.UTF8.GetString(body));
        }

        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(16, body.Length));
        try
        {
            var status = Utf8.ToUtf16(body, buffer, out var bytesRead, out _, replaceInvalidSequences: false);
            var offset = offsetOfBody + (status == OperationStatus.Done ? body.Length : bytesRead);
            var shown = offset < bytes.Length ? $"0x{bytes[offset]:X2}" : "the end of the input";
            return DecodeResult.Failure(new DecodeError(
                offset,
                $"The text is not valid UTF-8: byte {offset} ({shown}) cannot start or continue a character. Save the file as UTF-8 and try again."));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}

/// <summary>Either the decoded text or the error that stopped decoding.</summary>
public sealed record DecodeResult(string? Text, DecodeError? Error)
{
    public bool Succeeded => Error is null;

    public static DecodeResult Success(string text) => new(text, null);

    public static DecodeResult Failure(DecodeError error) => new(null, error);
}

/// <summary>Where decoding failed (0-based byte offset into the input, BOM included) and a message for a person.</summary>
public sealed record DecodeError(long ByteOffset, string Message);
