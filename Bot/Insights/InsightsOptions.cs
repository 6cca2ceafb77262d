namespace PolicyBot.Bot.Insights;

/// <summary>Section <c>Insights</c>: what the bot keeps for comms staff's usage report.</summary>
public sealed record InsightsOptions
{
    public const string Section = "Insights";

    /// <summary>
    /// Keep the text of questions nothing in the policy matched (the content gaps). Off by default: without it the
    /// store holds ids and counts only, never what anyone typed.
    /// </summary>
    public bool CollectUnmatchedQuestions { get; init; }
}
