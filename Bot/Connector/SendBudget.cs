namespace PolicyBot.Bot.Connector;

/// <summary>
/// <see cref="ConnectorOptions.SendBudget"/> as a deadline that several sends share: the replies of one turn draw on
/// one budget, so a failing channel cannot hold a turn (and its conversation lock) for a budget per reply.
/// </summary>
public sealed class SendBudget(TimeProvider time, TimeSpan total)
{
    private readonly long _started = time.GetTimestamp();

    public TimeSpan Total => total;

    public TimeSpan Remaining
    {
        get
        {
            var remaining = total - time.GetElapsedTime(_started);
            return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
        }
    }
}
