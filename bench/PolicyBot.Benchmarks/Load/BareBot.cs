using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PolicyBot.Benchmarks.Load;

/// <summary>
/// The calibration point of <c>load --baseline</c>: a bare ASP.NET Core endpoint that answers every activity with one
/// reply (posted to the connector, or in the body for expectReplies) and keeps no state. Run through the same driver
/// on the same machine, it shows what the machine allows before any bot work: PolicyBot's figures read against it.
/// </summary>
public static class BareBot
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static readonly byte[] RepliesOpen = "{\"activities\":["u8.ToArray();
    private static readonly byte[] RepliesClose = "]}"u8.ToArray();

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
        app.MapPost("/api/messages", (HttpContext context) => AnswerAsync(context, http));
        await app.RunAsync();
        return 0;
    }

    private static async Task AnswerAsync(HttpContext context, HttpClient http)
    {
        using var document = await JsonDocument.ParseAsync(context.Request.Body);
        var activity = document.RootElement;
        var id = activity.GetProperty("id").GetString()!;
        var conversation = activity.GetProperty("conversation").GetProperty("id").GetString()!;
        var reply = JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "message",
            text = "ok",
            replyToId = id,
            conversation = new { id = conversation },
            from = new { id = ConversationScript.BotId },
        });
        if (activity.TryGetProperty("deliveryMode", out var mode) && mode.ValueEquals("expectReplies"u8))
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(RepliesOpen);
            await context.Response.Body.WriteAsync(reply);
            await context.Response.Body.WriteAsync(RepliesClose);
            return;
        }
        var serviceUrl = activity.GetProperty("serviceUrl").GetString()!.TrimEnd('/');
        using var content = new ByteArrayContent(reply);
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync(
            $"{serviceUrl}/v3/conversations/{Uri.EscapeDataString(conversation)}/activities/{Uri.EscapeDataString(id)}", content);
        context.Response.StatusCode = response.IsSuccessStatusCode ? StatusCodes.Status200OK : (int)HttpStatusCode.BadGateway;
    }
}
