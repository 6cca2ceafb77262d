using System.ComponentModel.DataAnnotations;

namespace PolicyBot.Bot.Hosting;

/// <summary>Section <c>Bot</c>: behaviour of the messaging endpoint.</summary>
public sealed record BotOptions
{
    public const string Section = "Bot";

    /// <summary>Send trace activities on every channel, not only <c>emulator</c>. Never enable for real Teams users.</summary>
    public bool EmitTraces { get; init; }

    /// <summary>Largest accepted request body; bigger ones get 413. Real activities are a few KB.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; init; } = 256 * 1024;

    /// <summary>
    /// How long a (conversation, activity id) that ran a turn is remembered, so a resent activity is answered 200
    /// without running again. Zero turns it off. Invokes are never skipped: their answer is the HTTP response.
    /// </summary>
    public TimeSpan ReplayWindow { get; init; } = TimeSpan.FromMinutes(5);
}
