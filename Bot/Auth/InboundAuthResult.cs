namespace PolicyBot.Bot.Auth;

/// <summary>
/// The verdict on an inbound request: 200 and the path that let it in (<see cref="ChannelPath"/>, …) to run the turn,
/// else 401/403 with a short reason for the logs (a field or check name, never token contents). The HTTP answer itself carries no detail.
/// </summary>
public sealed record InboundAuthResult(int Status, string Problem)
{
    public const string ChannelPath = "channel";
    public const string EmulatorPath = "emulator";
    public const string AnonymousPath = "anonymous";

    public bool Succeeded => Status == StatusCodes.Status200OK;

    public static InboundAuthResult Authenticated(string path) => new(StatusCodes.Status200OK, path);

    public static InboundAuthResult Unauthorized(string problem) => new(StatusCodes.Status401Unauthorized, problem);

    public static InboundAuthResult Forbidden(string problem) => new(StatusCodes.Status403Forbidden, problem);
}
