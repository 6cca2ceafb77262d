using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// Reads the <c>value</c> of an <c>adaptiveCard/action</c> invoke (PROTOCOL.md §1.6):
/// <c>{"action":{"type":"Action.Execute","verb":…,"data":{…}},"trigger":…}</c>.
/// </summary>
public static class AdaptiveCardActionValue
{
    /// <summary>The action's <c>data</c> (null when absent), or the 400 error body the SDK would answer.</summary>
    public static bool TryGetData(JsonElement? value, out JsonElement? data, [NotNullWhen(false)] out AdaptiveCardInvokeResponse? error)
    {
        data = null;
        error = null;
        if (value is not { ValueKind: JsonValueKind.Object } invokeValue)
        {
            error = BadRequest("Missing value property for adaptiveCard/action.");
            return false;
        }
        if (!invokeValue.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            error = BadRequest("Missing action property in adaptiveCard/action value.");
            return false;
        }
        if (!action.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Action.Execute")
        {
            error = AdaptiveCardInvokeResponse.Error(StatusCodes.Status400BadRequest, "NotSupported", "The action type is not supported; expected Action.Execute.");
            return false;
        }
        if (action.TryGetProperty("data", out var found) && found.ValueKind != JsonValueKind.Null) data = found.Clone();
        return true;
    }

    private static AdaptiveCardInvokeResponse BadRequest(string message) =>
        AdaptiveCardInvokeResponse.Error(StatusCodes.Status400BadRequest, "BadRequest", message);
}
