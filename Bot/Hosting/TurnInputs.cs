using System.Text.Json;
using PolicyBot.Bot.Protocol;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Hosting;

/// <summary>Translates a wire activity into the dialogs' <see cref="TurnInput"/>; null when the activity runs no turn.</summary>
public static class TurnInputs
{
    /// <param name="activity">The inbound activity.</param>
    /// <param name="traces">Whether the turn should build trace replies (<see cref="TurnInput.Traces"/>).</param>
    public static TurnInput? FromActivity(Activity activity, bool traces)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type switch
        {
            ActivityTypes.Message => TeamsAddressing.IsAddressedToBot(activity, KindOf(activity.Conversation!))
                ? Base(activity, traces) with { Text = StripBotMention(activity), Value = activity.Value, HasMedia = HasMedia(activity) }
                : null,
            ActivityTypes.ConversationUpdate => TeamsAddressing.WelcomedMember(activity, KindOf(activity.Conversation!)) is { } member
                && !TeamsAddressing.InstallationUpdateGreets(activity, KindOf(activity.Conversation!))
                ? Base(activity, traces) with { Kind = TurnKind.Welcome, UserId = member }
                : null,
            ActivityTypes.InstallationUpdate when activity.Action == "add" => Base(activity, traces) with { Kind = TurnKind.Welcome },
            _ => null,
        };
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke, run like an <c>Action.Submit</c> with <paramref name="data"/>.</summary>
    public static TurnInput CardAction(Activity activity, JsonElement? data, bool traces) => Base(activity, traces) with { Value = data, InPlace = true };

    /// <summary>
    /// The text with the bot's own mentions removed (PROTOCOL.md §6.3): every case-insensitive occurrence of a
    /// <c>mention</c> entity's text whose <c>mentioned.id</c> is the recipient; other mentions become plain names; trimmed.
    /// </summary>
    public static string? StripBotMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(text) || string.IsNullOrEmpty(botId) || activity.Entities is null)
            return text is null ? null : TeamsAddressing.MentionsAsNames(text).Trim();
        foreach (var entity in activity.Entities)
        {
            if (!entity.TryGetMention(out var id, out var name, out var mentionText) || !string.Equals(id, botId, StringComparison.Ordinal))
                continue;
            var tag = mentionText ?? (name is null ? null : $"<at>{name}</at>");
            if (!string.IsNullOrEmpty(tag)) text = text.Replace(tag, "", StringComparison.OrdinalIgnoreCase);
        }
        return TeamsAddressing.MentionsAsNames(text).Trim();
    }

    /// <summary>An image or a video among the message's attachments (not a card, not Teams' HTML copy of the text).</summary>
    private static bool HasMedia(Activity activity) =>
        activity.Attachments?.Any(a => a?.ContentType is { } type
            && (type.StartsWith("image/", StringComparison.OrdinalIgnoreCase) || type.StartsWith("video/", StringComparison.OrdinalIgnoreCase))) == true;

    private static TurnInput Base(Activity activity, bool traces) => new()
    {
        Traces = traces,
        ChannelId = activity.ChannelId!,
        ConversationId = activity.Conversation!.Id!,
        UserId = activity.From?.Id ?? "",
        UserName = activity.From?.Name,
        Locale = activity.Locale,
        ConversationKind = KindOf(activity.Conversation),
    };

    private static ConversationKind KindOf(ConversationAccount conversation) => conversation.ConversationType switch
    {
        "personal" => ConversationKind.Personal,
        "groupChat" => ConversationKind.GroupChat,
        "channel" => ConversationKind.Channel,
        _ => conversation.IsGroup == true ? ConversationKind.GroupChat : ConversationKind.Personal,
    };
}
