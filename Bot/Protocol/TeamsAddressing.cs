using System.Text;
using System.Text.RegularExpressions;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Protocol;

/// <summary>
/// Who a Teams activity is for (PROTOCOL.md §6.3, §6.4): in group chats and channels the bot answers only when
/// @mentioned (card submits excepted), and it greets when it is added itself, or when a user opens a personal chat,
/// never when people join a team or group chat.
/// </summary>
public static partial class TeamsAddressing
{
    private const string ThreadMarker = ";messageid=";

    /// <summary>The channel a Teams conversation id belongs to: a channel thread is <c>{channel};messageid={root}</c>.</summary>
    public static string ChannelOf(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var thread = conversationId.IndexOf(ThreadMarker, StringComparison.Ordinal);
        return thread > 0 ? conversationId[..thread] : conversationId;
    }

    /// <summary>The conversation id of a reply in <paramref name="threadRootId"/>'s thread of <paramref name="channelId"/>, or the channel itself.</summary>
    public static string? ThreadIn(string? channelId, string? threadRootId) =>
        threadRootId is null ? channelId : channelId + ThreadMarker + threadRootId;

    /// <summary>Personal chats always; group chats and channels only with a bot mention or a card submit <c>value</c>.</summary>
    public static bool IsAddressedToBot(Activity activity, ConversationKind kind)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return kind == ConversationKind.Personal || activity.Value is not null || MentionsBot(activity);
    }

    public static bool MentionsBot(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return !string.IsNullOrEmpty(botId) && activity.Entities is not null
            && activity.Entities.Any(e => e.TryGetMention(out var id, out _, out _) && string.Equals(id, botId, StringComparison.Ordinal));
    }

    /// <summary>
    /// The user to greet for a <c>conversationUpdate</c>, or null: the first added user in a personal chat, the sender
    /// when the bot itself was added, nobody when only other people joined a team or group chat.
    /// </summary>
    public static string? WelcomedMember(Activity activity, ConversationKind kind)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        var added = activity.MembersAdded?.Select(m => m.Id).Where(id => !string.IsNullOrEmpty(id)).ToList() ?? [];
        var botAdded = !string.IsNullOrEmpty(botId) && added.Contains(botId, StringComparer.Ordinal);
        var user = added.FirstOrDefault(id => !string.Equals(id, botId, StringComparison.Ordinal));
        if (kind == ConversationKind.Personal && user is not null) return user;
        return botAdded ? activity.From?.Id ?? "" : null;
    }

    /// <summary>
    /// True for a Teams <c>conversationUpdate</c> without a locale that announces the bot's install (the bot among the
    /// added members, or a personal chat opening). Teams sends <c>installationUpdate</c> with the user's locale at the
    /// same moment, and the welcome is left to that one, so it comes once and in the user's language whichever
    /// of the two the bot handles first.
    /// </summary>
    public static bool InstallationUpdateGreets(Activity activity, ConversationKind kind)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId != "msteams" || !string.IsNullOrWhiteSpace(activity.Locale)) return false;
        var botId = activity.Recipient?.Id;
        var botAdded = !string.IsNullOrEmpty(botId) && activity.MembersAdded?.Any(m => string.Equals(m.Id, botId, StringComparison.Ordinal)) == true;
        return botAdded || kind == ConversationKind.Personal;
    }

    /// <summary>
    /// Other people's mentions as their plain names (<c>&lt;at&gt;Tom&lt;/at&gt;is</c> → <c>Tom is</c>), as the SDK's
    /// mention normalizer does, so the recognizer sees words rather than tags.
    /// </summary>
    public static string MentionsAsNames(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match match in AtTag().Matches(text))
        {
            result.Append(text, last, match.Index - last).Append(match.Groups["name"].Value);
            last = match.Index + match.Length;
            if (last < text.Length && !char.IsWhiteSpace(text[last])) result.Append(' ');
        }
        return result.Append(text, last, text.Length - last).ToString();
    }

    // Linear time whatever the user typed.
    [GeneratedRegex("<at(?:\\s[^<>]*)?>(?<name>[^<]*)</at>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AtTag();
}
