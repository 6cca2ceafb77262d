using PolicyBot.Bot.Protocol;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// The fields PolicyBot needs to answer. Only activity types that can run a turn are checked; every other type
/// only needs <c>type</c> and is then accepted with 200 and ignored.
/// </summary>
public static class ActivityValidation
{
    /// <summary>The first missing required field (a JSON path), or null when the activity is usable.</summary>
    public static string? MissingField(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Type)) return "type";
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate
            or ActivityTypes.InstallationUpdate or ActivityTypes.Invoke)) return null;

        if (string.IsNullOrWhiteSpace(activity.ChannelId)) return "channelId";
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id)) return "conversation.id";
        // With expectReplies nothing is posted back, so a serviceUrl is not needed (transcript replays).
        if (!activity.IsExpectReplies && !IsHttpUrl(activity.ServiceUrl)) return "serviceUrl";
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && string.IsNullOrWhiteSpace(activity.From?.Id))
            return "from.id";
        if (activity.Type is ActivityTypes.Invoke && string.IsNullOrWhiteSpace(activity.Name)) return "name";
        // Ids become store keys: U+0000 is no id any channel sends, and PostgreSQL text cannot hold it.
        if (HasNul(activity.ChannelId)) return "channelId";
        if (HasNul(activity.Conversation!.Id)) return "conversation.id";
        if (HasNul(activity.From?.Id)) return "from.id";
        if (HasNul(activity.Id)) return "id";
        // A JSON null inside a list ("entities":[null]) is as malformed as a missing field, and would fail deep in the turn.
        return NullItem("entities", activity.Entities) ?? NullItem("membersAdded", activity.MembersAdded)
            ?? NullItem("membersRemoved", activity.MembersRemoved) ?? NullItem("attachments", activity.Attachments);
    }

    private static bool HasNul(string? value) => value?.Contains('\0', StringComparison.Ordinal) == true;

    private static string? NullItem<T>(string name, List<T>? items) where T : class =>
        items?.IndexOf(null!) is var index and >= 0 ? $"{name}[{index}]" : null;

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
