using PolicyBot.Bot.Protocol;

namespace PolicyBot.Bot.Hosting;

/// <summary>Either a usable activity, or the status to answer with and why (a field name, never user text).</summary>
public sealed record ActivityReadResult(Activity? Activity, int Status, string Problem)
{
    public static ActivityReadResult Ok(Activity activity) => new(activity, StatusCodes.Status200OK, "");

    public static ActivityReadResult Reject(int status, string problem) => new(null, status, problem);
}
