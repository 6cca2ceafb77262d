using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// A stand-in until the Dialogs engine registers the real bot in <see cref="PolicyBotDialogsExtensions.AddPolicyBotDialogs"/>:
/// greets, and echoes what it gets. Delete it then.
/// </summary>
public sealed class TemporaryEchoBot : IBot
{
    public Task<TurnResult> OnTurnAsync(TurnInput input, ConversationData state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        var language = state.Language ?? LanguageExtensions.FromLocale(input.Locale) ?? Language.En;
        var result = new TurnResult();
        if (input.Kind == TurnKind.Welcome)
        {
            if (state.Welcomed) return Task.FromResult(result);
            state.Welcomed = true;
            result.Replies.Add(new MessageReply("PolicyBot is starting up: the policy dialogs are not wired in yet.") { Language = language });
            return Task.FromResult(result);
        }
        var echo = input.Value is { } value ? $"You submitted: {value.GetRawText()}" : $"You said: {input.Text}";
        result.Replies.Add(new MessageReply(echo) { Language = language });
        return Task.FromResult(result);
    }

    public MessageReply ErrorReply(TurnInput input, ConversationData? state) =>
        new("Sorry, something went wrong. Please try again.");
}
