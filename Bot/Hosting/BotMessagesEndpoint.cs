using PolicyBot.Bot.Auth;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.Telemetry;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// <c>POST /api/messages</c> in the SDK CloudAdapter's order (PROTOCOL.md §1.2): 405 for other methods,
/// then read (415/413/400), then authenticate (401/403, PROTOCOL.md §4), then the turn (<see cref="TurnPipeline"/>).
/// Bad input never yields a 500: whatever throws after authentication is answered 200 with the error reply.
/// A plain <see cref="RequestDelegate"/>: for a handler with parameters ASP.NET Core compiles an expression tree, which
/// would load System.Linq.Expressions for this one endpoint (docs/performance-history.md).
/// </summary>
internal static class BotMessagesEndpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        var result = await RespondAsync(context, context.RequestServices);
        await result.ExecuteAsync(context);
    }

    private static async Task<IResult> RespondAsync(HttpContext context, IServiceProvider services)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        }

        var logger = services.GetRequiredService<ILogger<TurnPipeline>>();
        var read = await services.GetRequiredService<ActivityReader>().ReadAsync(context.Request, context.RequestAborted);
        if (read.Activity is not { } activity)
        {
            logger.RequestRejected(read.Status, read.Problem);
            return Results.StatusCode(read.Status);
        }

        var auth = await services.GetRequiredService<InboundAuthenticator>().AuthenticateAsync(context.Request, activity, context.RequestAborted);
        if (!auth.Succeeded)
        {
            logger.RequestRejected(auth.Status, auth.Problem);
            return Results.StatusCode(auth.Status);
        }

        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ConversationId"] = activity.Conversation?.Id,
            ["ActivityId"] = activity.Id,
        });
        // The turn is not tied to RequestAborted: a channel that gives up waiting should still get its replies.
        var metrics = services.GetRequiredService<PolicyBotMetrics>();
        var started = metrics.TurnStarted();
        using var span = PolicyBotMetrics.Traces.StartActivity("turn");
        span?.SetTag("activity.type", activity.Type);
        span?.SetTag("channel.id", activity.ChannelId);
        var response = await services.GetRequiredService<TurnPipeline>().ProcessAsync(activity, CancellationToken.None);
        metrics.Turn(activity.Type, response.Failed, started);
        return response.Body is null
            ? Results.StatusCode(response.Status)
            : Results.Json(response.Body, ProtocolJson.Options, "application/json; charset=utf-8", response.Status);
    }
}
