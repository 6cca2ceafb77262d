using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyBot.Cards;

/// <summary>Size budget for one card, from PROTOCOL §6.8: connector-based senders fail near 28 KB (HTTP 413).</summary>
public static class CardLimits
{
    public const int MaxCardBytes = 28 * 1024;

    /// <summary>
    /// Compact JSON with the default escaping (non-ASCII as <c>\uXXXX</c>), an upper bound of what the host sends.
    /// </summary>
    public static int SizeInBytes(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToUtf8Bytes(card).Length;
    }

    public static bool Fits(JsonNode card) => SizeInBytes(card) <= MaxCardBytes;

    /// <summary>The same rule for a card already written with <see cref="JsonSerializer.SerializeToUtf8Bytes{TValue}(TValue, JsonSerializerOptions?)"/>.</summary>
    public static bool Fits(ReadOnlySpan<byte> cardJson) => cardJson.Length <= MaxCardBytes;
}
