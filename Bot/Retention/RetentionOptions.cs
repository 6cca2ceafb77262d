namespace PolicyBot.Bot.Retention;

/// <summary>Section <c>Retention</c>: how long what the bot stores about employees is kept, and how often that is enforced.</summary>
public sealed record RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>The dialog state of a conversation nobody has changed for this long is deleted (the next turn starts fresh).</summary>
    public TimeSpan ConversationState { get; init; } = TimeSpan.FromDays(30);

    /// <summary>
    /// The reference of a personal chat (how to message the employee later) once it and its conversation's state are
    /// this old, unless an open ticket came from that chat. Channel and group chat references name no employee and stay.
    /// </summary>
    public TimeSpan ConversationReferences { get; init; } = TimeSpan.FromDays(30);

    /// <summary>A ticket picked up (or given up) this long ago is deleted, with the question and the picker's name in it.</summary>
    public TimeSpan ClosedTickets { get; init; } = TimeSpan.FromDays(90);

    /// <summary>A ticket nobody picked up is deleted this long after it was created.</summary>
    public TimeSpan OpenTickets { get; init; } = TimeSpan.FromDays(180);

    /// <summary>Collected unmatched question texts (<c>Insights:CollectUnmatchedQuestions</c>) are cleared after this; the counts stay.</summary>
    public TimeSpan UsageQuestions { get; init; } = TimeSpan.FromDays(90);

    /// <summary>How often the sweeper runs (first run one interval after start).</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Rows per delete statement: small, so turns waiting for the store get in between.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>Off: nothing expires (erasure on request and on uninstall still works).</summary>
    public bool Enabled { get; init; } = true;
}
