using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Commands;

/// <summary>
/// <c>dotnet run --project Bot -- chat</c>: the same dialogs in a terminal, in-process. Cards print as text with
/// numbered choices; typing a number presses that button. Works with piped input and ends at the end of input.
/// </summary>
public sealed class TerminalChat(IBot bot, TextReader input, TextWriter output, bool echoInput)
{
    private readonly string _conversationId = "terminal-" + Guid.NewGuid().ToString("N");
    private byte[] _state = ConversationDataSerializer.Serialize(new ConversationData());
    // The latest buttons shown; a number presses one of them until newer buttons replace them.
    private IReadOnlyList<Choice> _choices = [];

    public async Task<int> RunAsync(string? locale, CancellationToken cancellationToken)
    {
        await TurnAsync(new TurnInput { Kind = TurnKind.Welcome, Locale = locale }, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!echoInput) await output.WriteAsync("> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null) break;
            line = line.Trim();
            if (line.Length == 0) continue;
            if (echoInput) await output.WriteLineAsync("> " + line);
            await TurnAsync(ToTurn(line, locale), cancellationToken);
        }
        return 0;
    }

    private TurnInput ToTurn(string line, string? locale)
    {
        if (int.TryParse(line, out var number) && number >= 1 && number <= _choices.Count)
            return TurnInput.Submit(System.Text.Json.JsonSerializer.SerializeToElement(ButtonActions.ToData(_choices[number - 1].Action)), locale);
        return TurnInput.Message(line, locale);
    }

    private async Task TurnAsync(TurnInput turn, CancellationToken cancellationToken)
    {
        turn = turn with { ChannelId = "terminal", ConversationId = _conversationId, UserId = "terminal-user" };
        var state = ConversationDataSerializer.Deserialize(_state);
        IReadOnlyList<Reply> replies;
        try
        {
            replies = (await bot.OnTurnAsync(turn, state, cancellationToken)).Replies;
            _state = ConversationDataSerializer.Serialize(state);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Same rule as the HTTP host: apologise and keep the state from before the failed turn.
            replies = [bot.ErrorReply(turn, state)];
        }

        foreach (var message in replies.OfType<MessageReply>())
        {
            await output.WriteLineAsync(TextRendering.Render(message));
            if (message.Choices.Count > 0) _choices = message.Choices;
        }
        await output.FlushAsync(cancellationToken);
    }
}
