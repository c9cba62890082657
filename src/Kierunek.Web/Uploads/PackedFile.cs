using System.IO.Compression;

namespace Kierunek.Web.Uploads;

/// <summary>A checked file carried in a hidden form field from its preview to its saving (gzip, base64), so the two steps
/// are plain form posts that work without script and nothing is kept on the server in between.</summary>
public static class PackedFile
{
    public static string Pack(byte[] content)
    {
        using var packed = new MemoryStream();
        using (var zip = new GZipStream(packed, CompressionLevel.Fastest)) zip.Write(content);
        return Convert.ToBase64String(packed.ToArray());
    }

    /// <summary>The file back from the form; null when the field is missing, not what <see cref="Pack"/> made, or would
    /// unpack beyond <paramref name="maxBytes"/>.</summary>
    public static byte[]? Unpack(string? packed, long maxBytes)
    {
        if (string.IsNullOrEmpty(packed)) return null;
        try
        {
            using var zip = new GZipStream(new MemoryStream(Convert.FromBase64String(packed)), CompressionMode.Decompress);
            using var content = new MemoryStream();
            var chunk = new byte[81920];
            // Read no further than the limit: a forged field must not unpack into gigabytes.
            for (int n; (n = zip.Read(chunk)) > 0;)
            {
                content.Write(chunk, 0, n);
                if (content.Length > maxBytes) return null;
            }
            return content.ToArray();
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            return null;
        }
    }
}
