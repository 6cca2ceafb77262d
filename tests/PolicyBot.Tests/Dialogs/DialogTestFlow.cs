using System.Text;
using System.Text.Json;
using PolicyBot.Dialogs.Turns;
using Xunit.Sdk;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// Drives a bot turn by turn in memory, like botbuilder's TestFlow: <c>.Send("…").AssertReply(…)…RunAsync()</c>.
/// State goes through the store's JSON shape between turns, so every flow also proves it survives a restart.
/// Owner buttons read and press as the offers they name (<see cref="OfferedButtons"/>).
/// </summary>
public sealed class DialogTestFlow(IBot bot, string? locale = "en-US", string channelId = "test")
{
    private readonly List<Func<Task>> _steps = [];
    private readonly Queue<Reply> _pending = new();
    private readonly Queue<TurnEffect> _effects = new();
    private CardUpdate? _cardUpdate;
    private readonly StringBuilder _transcript = new();
    private byte[] _state = ConversationDataSerializer.Serialize(new ConversationData());

    public ConversationData State => ConversationDataSerializer.Deserialize(_state);

    public DialogTestFlow Send(string text) => Send(new TurnInput { Text = text, Locale = locale, ChannelId = channelId });

    /// <summary>
    /// Presses a card button as cards of every release send a choice: an Action.Submit with <c>{"choice": value}</c> and
    /// no text (older cards put every button's value there); with <paramref name="prompt"/>, the button of the card that
    /// asked that question (<see cref="MessageReply.PromptId"/>).
    /// </summary>
    public DialogTestFlow Submit(string choiceValue, string? prompt = null) => Send(new TurnInput
    {
        Value = prompt is null
            ? JsonSerializer.SerializeToElement(new { choice = choiceValue })
            : JsonSerializer.SerializeToElement(new { choice = choiceValue, prompt }),
        Locale = locale,
        ChannelId = channelId,
    });

    /// <summary>Presses a card button that does <paramref name="action"/>: its Action.Submit data as the card carries it.</summary>
    public DialogTestFlow Submit(ButtonAction action, string? prompt = null)
    {
        var data = ButtonActions.ToData(action);
        if (prompt is not null) data["prompt"] = prompt;
        return Send(new TurnInput { Value = JsonSerializer.SerializeToElement(data), Locale = locale, ChannelId = channelId });
    }

    public DialogTestFlow Welcome() => Send(new TurnInput { Kind = TurnKind.Welcome, Locale = locale, ChannelId = channelId });

    public DialogTestFlow Send(TurnInput input)
    {
        _steps.Add(async () =>
        {
            _transcript.AppendLine($"user: {input.Text ?? input.Value?.GetRawText() ?? input.Kind.ToString()}");
            var data = ConversationDataSerializer.Deserialize(_state);
            var result = await bot.OnTurnAsync(OfferedButtons.Pressed(input, data), data, CancellationToken.None);
            _state = ConversationDataSerializer.Serialize(data);
            foreach (var reply in result.Replies.Select(r => OfferedButtons.Described(r, data)))
            {
                _pending.Enqueue(reply);
                _transcript.AppendLine($"  bot: {Describe(reply)}");
            }
            _effects.Clear();
            foreach (var effect in result.Effects) _effects.Enqueue(effect);
            _cardUpdate = result.CardUpdate;
        });
        return this;
    }

    public DialogTestFlow AssertReply(Action<MessageReply> assert) => Step(() =>
    {
        var reply = NextMessage();
        try { assert(reply); }
        catch (XunitException e) { throw Fail($"reply '{Describe(reply)}' did not match: {e.Message}"); }
    });

    public DialogTestFlow AssertReply(string contains) =>
        AssertReply(r => Assert.Contains(contains, r.Text, StringComparison.OrdinalIgnoreCase));

    public DialogTestFlow AssertTrace(Action<TraceReply> assert) => Step(() =>
    {
        if (!_pending.TryDequeue(out var reply) || reply is not TraceReply trace) throw Fail("expected a trace");
        assert(trace);
    });

    /// <summary>
    /// The last turn's next effect of type <typeparamref name="T"/> (a hand-off request, a ticket pick-up, a usage
    /// event), skipping other effects; the replies stay queued.
    /// </summary>
    public DialogTestFlow AssertEffect<T>(Action<T> assert) where T : TurnEffect => Step(() =>
    {
        while (_effects.TryDequeue(out var effect))
        {
            if (effect is not T match) continue;
            assert(match);
            return;
        }
        throw Fail($"expected a {typeof(T).Name}");
    });

    /// <summary>The last turn asked to replace the pressed card (see <see cref="CardUpdate"/>); the replies stay queued.</summary>
    public DialogTestFlow AssertCardUpdate(Action<CardUpdate> assert) => Step(() =>
    {
        var update = _cardUpdate ?? throw Fail("expected a card update");
        _cardUpdate = null;
        assert(update);
    });

    public DialogTestFlow AssertNoCardUpdate() => Step(() =>
    {
        if (_cardUpdate is not null) throw Fail("expected no card update");
    });

    /// <summary>Drops any remaining replies of the last turn (e.g. traces a test does not care about).</summary>
    public DialogTestFlow SkipReplies() => Step(_pending.Clear);

    public DialogTestFlow AssertNoMoreReplies() => Step(() =>
    {
        var left = _pending.Where(r => r is MessageReply).ToList();
        if (left.Count > 0) throw Fail($"expected no more replies, got '{Describe(left[0])}'");
    });

    public DialogTestFlow AssertState(Action<ConversationData> assert) => Step(() => assert(State));

    /// <summary>Runs the steps added since the last run; a flow can go on after a test changed something.</summary>
    public async Task RunAsync()
    {
        var steps = _steps.ToList();
        _steps.Clear();
        foreach (var step in steps) await step();
    }

    private DialogTestFlow Step(Action action)
    {
        _steps.Add(() => { action(); return Task.CompletedTask; });
        return this;
    }

    private MessageReply NextMessage()
    {
        while (_pending.TryDequeue(out var reply))
            if (reply is MessageReply message) return message;
        throw Fail("expected a reply, got none");
    }

    private XunitException Fail(string message) => new($"{message}\n--- conversation so far ---\n{_transcript}");

    private static string Describe(Reply reply) => reply switch
    {
        MessageReply m => m.Text.ReplaceLineEndings(" ") + (m.Choices.Count > 0 ? " [" + string.Join(" | ", m.Choices.Select(c => c.Title)) + "]" : "")
            + (m.Card is { } card ? $" <{card.GetType().Name}>" : ""),
        TraceReply t => $"(trace {t.Name}: {t.Label})",
        _ => reply.ToString() ?? "",
    };
}
