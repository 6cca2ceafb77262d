using System.Text.Json.Nodes;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Infrastructure;

/// <summary>
/// A predictable IBot for host tests. Counts turns in its state; echoes text or submit data; special words:
/// <c>choose</c> (prompt with choices), <c>trace</c> (a trace then a message), <c>boom</c> (changes state, then throws),
/// <c>sleep</c> (waits <see cref="SleepTime"/>, recording overlap).
/// </summary>
public sealed class TestBot : IBot
{
    private int _running;
    private int _maxRunning;

    public TimeSpan SleepTime { get; init; } = TimeSpan.FromMilliseconds(80);

    public List<TurnInput> Inputs { get; } = [];

    /// <summary>The most turns that ran at the same time.</summary>
    public int MaxConcurrentTurns => Volatile.Read(ref _maxRunning);

    public async Task<TurnResult> OnTurnAsync(TurnInput input, ConversationData state, CancellationToken cancellationToken)
    {
        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _maxRunning, running);
        try
        {
            lock (Inputs) Inputs.Add(input);
            var counter = Counter(state);
            counter.StepIndex++;
            var result = new TurnResult();
            switch (input.Text)
            {
                case "boom":
                    counter.StepIndex = 999;
                    throw new InvalidOperationException($"The test bot exploded on '{input.Text}'");
                case "sleep":
                    await Task.Delay(SleepTime, cancellationToken);
                    break;
                case "choose":
                    result.Replies.Add(new MessageReply("Pick one") { Choices = [new("a", "Apple"), new("b", "Banana")], ExpectingInput = true, Language = Language.Nl });
                    return result;
                case "trace":
                    result.Replies.Add(new TraceReply("PolicyBot.Test", "Test trace", "policybot/test", new JsonObject { ["turn"] = counter.StepIndex }));
                    break;
            }
            var text = input.Kind == TurnKind.Welcome ? $"welcome {input.UserId}"
                : input.Value is { } value ? $"submitted {value.GetRawText()}"
                : $"echo {input.Text}";
            result.Replies.Add(new MessageReply(text));
            result.Replies.Add(new MessageReply($"turn {counter.StepIndex}"));
            return result;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    public MessageReply ErrorReply(TurnInput input, ConversationData? state) => new("Sorry, that went wrong.");

    /// <summary>The turn counter the bot keeps in conversation state.</summary>
    public static DialogInstance Counter(ConversationData state)
    {
        var counter = state.Dialogs.DialogStack.FirstOrDefault(d => d.Id == "counter");
        if (counter is null) state.Dialogs.DialogStack.Add(counter = new DialogInstance { Id = "counter" });
        return counter;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
