namespace PolicyBot.Dialogs.Turns;

/// <summary>
/// Everything PolicyBot keeps per conversation; loaded and saved once per turn by the host.
/// <see cref="SchemaVersion"/> lets a later release migrate stored state (<see cref="ConversationDataMigrations"/>).
/// </summary>
public sealed class ConversationData
{
    public const int CurrentSchemaVersion = ConversationDataMigrations.CurrentVersion;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    public DialogState Dialogs { get; set; } = new();

    /// <summary>The language the conversation is held in, once known.</summary>
    public Language? Language { get; set; }

    /// <summary>
    /// True while <see cref="Language"/> is only a default (the channel sent no locale and nothing was typed to go by),
    /// so the first locale an employee's message carries replaces it.
    /// </summary>
    public bool LanguageGuessed { get; set; }

    /// <summary>True once the welcome was sent, so a busy team does not get it on every member join.</summary>
    public bool Welcomed { get; set; }

    /// <summary>
    /// The last hand-offs the bot offered here, newest last (at most <c>HandoffOffers.Capacity</c>); null when none,
    /// so the state of a conversation without one stays as it was.
    /// </summary>
    public List<OfferedHandoff>? Handoffs { get; set; }

    /// <summary>
    /// The topic the bot answered last, while the employee has typed nothing else since (small talk aside): a short
    /// follow-up ("en als het een oud-collega is?") is read with it. Null (and not stored) otherwise.
    /// </summary>
    public string? LastTopic { get; set; }

    /// <summary>
    /// The check that ended last in this conversation (its id), so "opnieuw" after its verdict starts it again rather
    /// than showing the welcome. Null (and not stored) until a check has ended.
    /// </summary>
    public string? LastCheck { get; set; }

    /// <summary>
    /// The check that ended on the turn before, as it was when it ended, so "terug" right after its verdict (or after
    /// "stop") goes back to its last question. Null (and not stored) on any later turn.
    /// </summary>
    public DialogInstance? FinishedCheck { get; set; }

    /// <summary>
    /// The last few answers sent where the channel has its own feedback buttons (Teams), newest last, as PolicyBot kept
    /// them before they got a store of their own (the host's answered store); no longer written, only read when a 👍 or 👎
    /// names an answer that store does not know. Null (and not stored) elsewhere.
    /// </summary>
    public List<AnsweredMessage>? Answered { get; set; }
}
