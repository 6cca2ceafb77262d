using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PolicyBot.Benchmarks.Load;
using PolicyBot.Bot.Hosting;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.Rendering;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Benchmarks.Micro;

/// <summary>
/// The CPU of one turn without HTTP and SQLite, piece by piece: the dialogs alone, card building, state JSON, and
/// everything the host does between the request body and the reply bodies (<see cref="HostTurn"/>).
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private PolicyBotEngine _engine = null!;
    private ReplyActivityFactory _replies = null!;
    private TurnInput _question = null!;
    private TurnInput _checkChoice = null!;
    private byte[] _questionBody = [];
    private byte[] _midCheckState = [];
    private MessageReply _answer = null!;
    private ConversationData _midCheck = null!;

    [GlobalSetup]
    public void Setup()
    {
        var content = BenchContent.Load(BenchContent.BundledFolder);
        _engine = new PolicyBotEngine(new FixedContentProvider(new ContentSnapshot(content, new TopicRecognizer(content), 1)));
        _replies = new ReplyActivityFactory();
        _question = new TurnInput { Text = "mag ik een foto van een klant op linkedin zetten?", Locale = "en-US", ChannelId = "msteams", ConversationId = "a:1", UserId = "29:1" };
        var turn = ConversationScript.For(content, 0).First(t => t.Name == "question nl");
        _questionBody = ConversationScript.Render(turn, "a:bench-1", 5, "http://127.0.0.1:1", expectReplies: false);

        _midCheck = new ConversationData();
        _engine.OnTurnAsync(Submit("cmd:check"), _midCheck, default).GetAwaiter().GetResult();
        var check = content.Checks[0];
        _checkChoice = Submit(check.Step(check.Start)!.Choices[0].Id);
        _midCheckState = ConversationDataSerializer.Serialize(_midCheck);
        _answer = _engine.OnTurnAsync(_question, new ConversationData(), default).GetAwaiter().GetResult()
            .Replies.OfType<MessageReply>().First(r => r.Card is not null);
    }

    [Benchmark]
    public Task<TurnResult> DialogsQuestionTurn() => _engine.OnTurnAsync(_question, new ConversationData(), default);

    [Benchmark]
    public Task<TurnResult> DialogsCheckChoiceTurn() =>
        _engine.OnTurnAsync(_checkChoice, ConversationDataSerializer.Deserialize(_midCheckState), default);

    [Benchmark]
    public object? AnswerCardBuild() => ReplyCards.Build(_answer);

    [Benchmark]
    public JsonElement AnswerCardToJson() => JsonSerializer.SerializeToElement(ReplyCards.Build(_answer), ProtocolJson.Options);

    [Benchmark]
    public byte[] StateSerialize() => ConversationDataSerializer.Serialize(_midCheck);

    [Benchmark]
    public ConversationData StateDeserialize() => ConversationDataSerializer.Deserialize(_midCheckState);

    /// <summary>Body → Activity → TurnInput, load state, run the dialogs, render reply activities, serialize them and the state.</summary>
    [Benchmark]
    public async Task<int> HostTurn()
    {
        var activity = JsonSerializer.Deserialize<Activity>(_questionBody, ProtocolJson.Options)!;
        var traces = new BotOptions().KeepsTraces(activity.ChannelId);
        var input = TurnInputs.FromActivity(activity, traces)!;
        var state = ConversationDataSerializer.Deserialize(ConversationDataSerializer.Serialize(new ConversationData()));
        var result = await _engine.OnTurnAsync(input, state, default);
        var bytes = 0;
        foreach (var reply in _replies.Create(activity, result.Replies, traces)) bytes += JsonSerializer.SerializeToUtf8Bytes(reply, ProtocolJson.Options).Length;
        return bytes + ConversationDataSerializer.Serialize(state).Length;
    }

    private static TurnInput Submit(string choice) => new()
    {
        Value = JsonDocument.Parse($$"""{"choice":"{{choice}}"}""").RootElement.Clone(),
        Locale = "en-US",
        ChannelId = "msteams",
        ConversationId = "a:1",
        UserId = "29:1",
    };
}
