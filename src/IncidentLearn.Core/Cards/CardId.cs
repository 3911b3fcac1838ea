using System.Security.Cryptography;
using System.Text;

namespace IncidentLearn.Core.Cards;

/// <summary>Stable identifiers: a hash of incident id and facet, so the same card always gets the same id.</summary>
public static class CardId
{
    public static string For(Guid incidentId, string facet) => "crd_" + Convert.ToHexStringLower(Hash(incidentId, facet), 0, 10);

    /// <summary>A GUID for Anki notes (letters and digits only, 16 characters, like Anki's own).</summary>
    public static string AnkiGuid(string cardId)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("anki:" + cardId));
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[bytes[i] % alphabet.Length];
        }

        return new string(chars);
    }

    /// <summary>A positive 63-bit number from a text, for ids SQLite tables want as integers.</summary>
    public static long StableNumber(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return (long)(BitConverter.ToUInt64(bytes, 0) >> 1);
    }

    private static byte[] Hash(Guid incidentId, string facet) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(incidentId.ToString("D") + "\n" + facet));
}
