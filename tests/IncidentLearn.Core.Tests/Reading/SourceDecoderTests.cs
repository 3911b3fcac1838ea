using System.Text;
using IncidentLearn.Core.Reading;

namespace IncidentLearn.Core.Tests.Reading;

public sealed class SourceDecoderTests
{
    [Fact]
    public void InvalidUtf8IsAnErrorNamingTheByteOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("Situation: the café").Concat(new byte[] { 0xFF, 0x41 }).ToArray();

        var result = SourceDecoder.Decode(bytes);

        Assert.False(result.Succeeded);
        Assert.Equal(20, result.Error!.ByteOffset);
        Assert.Contains("byte 20", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALatin1FileIsRejectedRatherThanGarbled()
    {
        var result = SourceDecoder.Decode(Encoding.Latin1.GetBytes("Résumé of the outage"));
        Assert.Equal(1, result.Error!.ByteOffset);
    }

    [Fact]
    public void AByteOrderMarkIsStripped()
    {
        var result = SourceDecoder.Decode(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'O', (byte)'K' });
        Assert.Equal("OK", result.Text);
    }

    [Fact]
    public void TheSizeLimitDefaultsToTwoMebibytes() => Assert.Equal(2 * 1024 * 1024, ReadingLimits.DefaultMaxSourceBytes);
}
