namespace PolicyBot.Bot.Hosting;

/// <summary>The dialogs thought past <see cref="BotOptions.TurnDeadline"/>: the turn is abandoned and nothing is saved.</summary>
public sealed class TurnDeadlineException : Exception;

/// <summary>The state kept changing underneath the turn: every save found another writer first.</summary>
public sealed class StateConflictException(int attempts) : Exception
{
    public int Attempts { get; } = attempts;
}
