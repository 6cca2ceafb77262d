using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace PolicyBot.Bot.Auth;

/// <summary>The Bot Connector's <c>endorsements</c> on a JWKS key: the channel ids the key may sign for (PROTOCOL.md §4.2).</summary>
internal static class Endorsements
{
    public static bool Endorses(JsonWebKey? key, string channelId)
    {
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value)) return false;
        IEnumerable<string?> endorsements = value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()),
            IEnumerable<object> list => list.Select(o => o as string ?? (o as JsonElement?)?.ToString()),
            _ => [],
        };
        return endorsements.Any(e => string.Equals(e, channelId, StringComparison.Ordinal));
    }
}
