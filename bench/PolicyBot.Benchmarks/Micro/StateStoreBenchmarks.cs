using BenchmarkDotNet.Attributes;
using PolicyBot.Bot.Hosting;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Benchmarks.Micro;

/// <summary>
/// One turn's state round in the middle of the guided check: load, the check's record read, a change, save. With
/// <see cref="SavedStates"/> off (0) every load parses the bytes; on, the next turn takes the object the last one saved.
/// </summary>
[MemoryDiagnoser]
public class StateStoreBenchmarks
{
    private const string Key = "msteams/conversations/bench";
    private TurnStateStore _states = null!;

    [Params(0, SavedStates.DefaultCapacity)]
    public int Kept { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _states = new TurnStateStore(new MemoryConversationStore(), new SavedStates(Kept));
        var loaded = _states.LoadAsync(Key, default).GetAwaiter().GetResult();
        loaded.State.Language = PolicyBot.Dialogs.Language.Nl;
        loaded.State.Dialogs.DialogStack.Add(new DialogInstance { Id = "guided-check", Options = "may-i-share" });
        var check = loaded.State.Dialogs.DialogStack[0].State<CheckState>();
        check.Reset("what");
        check.Answer("what", "photo");
        check.MoveTo("who");
        _states.SaveAsync(loaded, default).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<bool> LoadChangeSave()
    {
        var loaded = await _states.LoadAsync(Key, default);
        loaded.State.Dialogs.DialogStack[0].State<CheckState>().Attempts ^= 1;
        return await _states.SaveAsync(loaded, default);
    }
}
