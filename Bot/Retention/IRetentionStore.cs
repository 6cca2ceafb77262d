namespace PolicyBot.Bot.Retention;

/// <summary>
/// Retention and erasure on the bot's store (the SQLite file or the PostgreSQL database), by indexed columns: each
/// call deletes at most one small batch per kind, so many instances may sweep at once and turns are never held up long.
/// </summary>
public interface IRetentionStore
{
    Task<SweepBatch> SweepBatchAsync(RetentionCutoffs cutoffs, int batchSize, CancellationToken cancellationToken);

    /// <summary>Deletes everything stored about employee <paramref name="userId"/>; see <see cref="ErasureReport"/>.</summary>
    Task<ErasureReport> ForgetUserAsync(string userId, CancellationToken cancellationToken);
}

/// <summary>Rows older than these go (<see cref="UsageWeek"/>: question texts of weeks before it are cleared).</summary>
public sealed record RetentionCutoffs(DateTimeOffset State, DateTimeOffset References, DateTimeOffset ClosedTickets, DateTimeOffset OpenTickets, string UsageWeek)
{
    public static RetentionCutoffs At(DateTimeOffset now, RetentionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(now - options.ConversationState, now - options.ConversationReferences, now - options.ClosedTickets,
            now - options.OpenTickets, Insights.UsageRecord.WeekOf(now - options.UsageQuestions));
    }
}

/// <summary>
/// What one batch deleted: store keys and ticket ids (to drop from caches and to count), cleared question texts, and
/// answered messages (Teams' feedback ids) as old as the state cutoff.
/// </summary>
public sealed record SweepBatch(IReadOnlyList<string> StateKeys, IReadOnlyList<string> ReferenceKeys, IReadOnlyList<string> TicketIds, int UsageQuestions)
{
    public static SweepBatch Empty { get; } = new([], [], [], 0);

    public int AnsweredMessages { get; init; }

    public bool IsEmpty => StateKeys.Count + ReferenceKeys.Count + TicketIds.Count + UsageQuestions + AnsweredMessages == 0;
}

/// <summary>
/// What <see cref="IRetentionStore.ForgetUserAsync"/> removed: the store keys of the employee's personal conversations
/// (state, reference and answered messages), the tickets they asked, and the tickets whose picker's id and name were cleared.
/// Usage events carry no user id, so their question texts cannot be attributed; they expire instead.
/// </summary>
public sealed record ErasureReport(IReadOnlyList<string> StateKeys, IReadOnlyList<string> ReferenceKeys, IReadOnlyList<string> TicketsDeleted, IReadOnlyList<string> PickerNamesRemoved)
{
    public static ErasureReport Empty { get; } = new([], [], [], []);

    /// <summary>
    /// Personal chats whose reference was stored before references carried a user id (<c>user_id</c> ""): neither that
    /// reference nor the chat's state names its employee, so no erasure can find them; each gets its user's id at the
    /// employee's next message and otherwise expires with <see cref="RetentionOptions.ConversationReferences"/>.
    /// </summary>
    public int UnattributedReferences { get; init; }
}
