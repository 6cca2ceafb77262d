namespace PolicyBot.Bot.Handoff;

/// <summary>Section <c>Handoff</c>: when an open ticket gets its one reminder, and how often that is checked.</summary>
public sealed record HandoffOptions
{
    public const string Section = "Handoff";

    /// <summary>A ticket nobody picked up this long after it was posted gets one reminder in the owner's channel.</summary>
    public TimeSpan ReminderAfter { get; init; } = TimeSpan.FromHours(4);

    /// <summary>How often open tickets are checked for a reminder.</summary>
    public TimeSpan ReminderScanInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A ticket whose card never reached the owner's channel is sent again at the next scans (once it is a minute old),
    /// this many times; then it is closed with a log line (the employee already got the deep link and e-mail).
    /// </summary>
    public int PostRetries { get; init; } = 3;
}
