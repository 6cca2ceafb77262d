using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.EndToEnd;

/// <summary>Traces are built only where they are shown: the Emulator, or every channel with Bot:EmitTraces.</summary>
public sealed class TracesWhereShownTests
{
    [Theory]
    [InlineData("msteams", false, false)]
    [InlineData("emulator", false, true)]
    [InlineData("msteams", true, true)]
    public async Task TheTurnBuildsTracesOnlyWhereTheyAreSent(string channelId, bool emitTraces, bool expected)
    {
        await using var connector = await FakeConnector.StartAsync();
        var turns = new List<(TurnInput Input, TurnResult Result)>();
        await using var host = await BotHost.StartAsync(null,
            builder => builder.Services.AddSingleton<IBot>(sp => new RecordingBot(new PolicyBotEngine(sp.GetRequiredService<IContentProvider>()), turns)),
            $"Bot:EmitTraces={emitTraces}");
        var chat = new ChatSession(host, connector, channelId, "en-US", "a:traces-" + channelId + emitTraces);

        var replies = await chat.SayAsync("May I share a photo of a customer?");
        await chat.PressAsync("cmd:check");

        Assert.Equal(2, turns.Count);
        Assert.All(turns, turn => Assert.Equal(expected, turn.Input.Traces));
        Assert.All(turns, turn => Assert.Equal(expected, turn.Result.Replies.OfType<TraceReply>().Any()));
        Assert.Equal(expected, replies.Any(a => a["type"]!.GetValue<string>() == "trace"));
        // The user sees the same answer either way.
        Assert.Contains(replies, a => a["type"]!.GetValue<string>() == "message");
    }

    private sealed class RecordingBot(IBot inner, List<(TurnInput, TurnResult)> turns) : IBot
    {
        public async Task<TurnResult> OnTurnAsync(TurnInput input, ConversationData state, CancellationToken cancellationToken)
        {
            var result = await inner.OnTurnAsync(input, state, cancellationToken);
            lock (turns) turns.Add((input, result));
            return result;
        }

        public MessageReply ErrorReply(TurnInput input, ConversationData? state) => inner.ErrorReply(input, state);
    }
}
