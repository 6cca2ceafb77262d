namespace PolicyBot.Bot.Hosting;

/// <summary>
/// An answer without a body: only its status. <c>Results.StatusCode</c> does the same, but looks up a logger for every
/// request to log the status at Information, which the host filters out (README "Performance").
/// </summary>
internal sealed class StatusOnly : IResult
{
    private static readonly StatusOnly Ok = new(StatusCodes.Status200OK);

    private StatusOnly(int status) => Status = status;

    public int Status { get; }

    public static StatusOnly Of(int status) => status == StatusCodes.Status200OK ? Ok : new StatusOnly(status);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = Status;
        return Task.CompletedTask;
    }
}
