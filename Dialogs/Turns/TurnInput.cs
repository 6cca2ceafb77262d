using System.Text.Json;

namespace PolicyBot.Dialogs.Turns;

/// <summary>What kind of event a turn carries, after the host has translated the wire activity.</summary>
public enum TurnKind
{
    /// <summary>A user message: typed text and/or a card submit <see cref="TurnInput.Value"/>.</summary>
    Message,

    /// <summary>The bot was added to a conversation, or a user joined it: greet once.</summary>
    Welcome,
}

/// <summary>Where the conversation takes place; group chats and channels need an @mention.</summary>
public enum ConversationKind
{
    Personal,
    GroupChat,
    Channel,
}

/// <summary>
/// One turn as the dialogs see it: no HTTP, no Activity JSON. The host fills it from the inbound activity
/// (mention already stripped from <see cref="Text"/>).
/// </summary>
public sealed record TurnInput
{
    public TurnKind Kind { get; init; } = TurnKind.Message;

    public string? Text { get; init; }

    /// <summary>Card submit data (Action.Submit <c>data</c> merged with inputs), or null.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>
    /// True when <see cref="Value"/> came from a Universal Action (<c>Action.Execute</c>): the answer to the press
    /// replaces the pressed card in place, so a press on an old card can show that card's own answer again.
    /// </summary>
    public bool InPlace { get; init; }

    /// <summary>
    /// An image or a video came with the message (Web Chat's paperclip, a picture pasted in Teams). The bot never opens
    /// it; it only knows the post is a photo or video.
    /// </summary>
    public bool HasMedia { get; init; }

    /// <summary>The channel's locale for the user (Teams/Emulator <c>locale</c>), if any.</summary>
    public string? Locale { get; init; }

    public string ChannelId { get; init; } = "test";

    public string ConversationId { get; init; } = "conversation";

    public string UserId { get; init; } = "user";

    /// <summary>The user's display name as the channel sends it (Teams <c>from.name</c>), if any.</summary>
    public string? UserName { get; init; }

    public ConversationKind ConversationKind { get; init; } = ConversationKind.Personal;

    /// <summary>
    /// Build the turn's trace replies (recognizer, dialog stack). Hosts turn this off where traces are dropped anyway
    /// (every channel but the Emulator), so a turn does not pay for diagnostics nobody sees.
    /// </summary>
    public bool Traces { get; init; } = true;

    public static TurnInput Message(string? text, string? locale = null) => new() { Text = text, Locale = locale };

    public static TurnInput Submit(JsonElement value, string? locale = null) => new() { Value = value, Locale = locale };
}
