using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyBot.Bot.Protocol;

/// <summary>
/// The JSON rules of the wire (PROTOCOL.md §2.1): camelCase out, any casing in, nulls omitted. The relaxed
/// encoder keeps <c>&lt;at&gt;</c> and quotes readable; this JSON is never embedded in HTML.
/// </summary>
public static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
