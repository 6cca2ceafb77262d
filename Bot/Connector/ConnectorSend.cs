namespace PolicyBot.Bot.Connector;

/// <summary>
/// One send on its way through the resilience pipeline (carried in the request's options): where it goes, the budget it
/// draws on, how many attempts it made, and why the pipeline stopped retrying, for the log and the metrics.
/// </summary>
public sealed class ConnectorSend(string serviceUrl, string conversationId, SendBudget budget)
{
    public static readonly HttpRequestOptionsKey<ConnectorSend> Key = new("PolicyBot.ConnectorSend");

    public string ServiceUrl => serviceUrl;

    public string ConversationId => conversationId;

    public SendBudget Budget => budget;

    public int Attempts { get; set; }

    /// <summary>The token was renewed after a 401 once already; another 401 is the answer.</summary>
    public bool TokenRefreshed { get; set; }

    /// <summary>The wait before the next attempt, chosen when the retry was decided.</summary>
    public TimeSpan NextWait { get; set; }

    /// <summary>Set when the send ended because a wait and another attempt did not fit in the budget.</summary>
    public (string Reason, TimeSpan Wait)? OutOfBudget { get; set; }
}
