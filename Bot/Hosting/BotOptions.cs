using System.ComponentModel.DataAnnotations;

namespace PolicyBot.Bot.Hosting;

/// <summary>Section <c>Bot</c>: behaviour of the messaging endpoint and the turn (who may call it: <see cref="Auth.BotAccessOptions"/>).</summary>
public sealed record BotOptions
{
    public const string Section = "Bot";

    /// <summary>Send trace activities on every channel, not only <c>emulator</c>. Never enable for real Teams users.</summary>
    public bool EmitTraces { get; init; }

    /// <summary>Whether a turn on <paramref name="channelId"/> builds and sends its traces: on the Emulator, or everywhere with <see cref="EmitTraces"/>.</summary>
    public bool KeepsTraces(string? channelId) => channelId == "emulator" || EmitTraces;

    /// <summary>Largest accepted request body; bigger ones get 413. Real activities are a few KB.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; init; } = 256 * 1024;

    /// <summary>
    /// How long a (conversation, activity id) that ran a turn is remembered, so a resent activity is answered 200
    /// without running again. Zero turns it off. Invokes are never skipped: their answer is the HTTP response.
    /// </summary>
    public TimeSpan ReplayWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long the dialogs may think about one turn (state I/O and sending not included). Past it the turn is
    /// abandoned, nothing is saved and the employee gets the polite error reply. A turn normally takes well under a
    /// millisecond; this is the safety net for input nobody foresaw.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan TurnDeadline { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// One compacting garbage collection once the content is loaded, so the garbage of loading it is not kept
    /// committed (docs/performance-history.md). Tests that start many hosts in one process switch it off.
    /// </summary>
    public bool ReleaseStartupMemory { get; init; } = true;
}
