using System.Text.Json.Nodes;
using PolicyBot.Bot.Publishing;

namespace PolicyBot.Bot.Editor;

/// <summary>The editor page's calls under <c>/editor/api</c>. A draft travels as its edits; nothing is stored before a publish.</summary>
public static class EditorApi
{
    /// <summary>Largest request body the editor sends (a draft of every field of a topic and its checks is far smaller).</summary>
    private const long MaxBody = 1024 * 1024;

    public sealed record DraftRequest(string Topic, IReadOnlyList<FieldEdit>? Edits);

    public sealed record TryRequest(IReadOnlyList<FieldEdit>? Edits, string Question);

    public sealed record PublishRequest(IReadOnlyList<FieldEdit>? Edits, string Message);

    public sealed record RollbackRequest(int Version, string Message);

    public static RouteGroupBuilder MapEditorApi(this RouteGroupBuilder editor)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var api = editor.MapGroup("/api").AddEndpointFilter(async (context, next) =>
        {
            if (context.HttpContext.Request.ContentLength > MaxBody) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            return await next(context);
        });
        api.MapGet("/topics", (ContentEditor editor, CancellationToken ct) => editor.TopicsAsync(ct));
        api.MapPost("/draft", async (DraftRequest request, ContentEditor editor, CancellationToken ct) =>
            Results.Json(await editor.DraftAsync(request.Topic, request.Edits ?? [], ct)));
        api.MapPost("/try", async (TryRequest request, ContentEditor editor, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(request.Question) ? Results.BadRequest() : Results.Json(await editor.TryAsync(request.Edits ?? [], request.Question, ct)));
        api.MapPost("/diff", async (PublishRequest request, ContentEditor editor, CancellationToken ct) =>
            Results.Text(await editor.DiffAsync(request.Edits ?? [], ct), "text/plain; charset=utf-8"));
        api.MapPost("/publish", PublishAsync);
        api.MapGet("/versions", async (IContentVersionStore versions, ContentVersionFollower follower, CancellationToken ct) => Results.Json(new
        {
            running = follower.AppliedVersion,
            versions = (await versions.ListAsync(ct)).Reverse().Select(v => new { v.Number, v.Author, v.PublishedAt, v.Message, v.Kind }),
        }));
        api.MapPost("/rollback", RollbackAsync);
        api.MapGet("/insights/{topic}", (string topic, EditorInsights insights, CancellationToken ct) => insights.ForTopicAsync(topic, ct));
        return editor;
    }

    private static async Task<IResult> PublishAsync(PublishRequest request, HttpContext http, ContentEditor editor, EditorAccessMode access, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Message)) return Refused("message");
        var (version, errors) = await editor.PublishAsync(request.Edits ?? [], request.Message.Trim(), EditorAccess.EditorId(http, access.Mode), ct);
        if (version is not null) return Results.Json(new JsonObject { ["version"] = version.Number });
        return errors.Count == 0 ? Refused("unchanged") : Refused("errors", errors);
    }

    private static async Task<IResult> RollbackAsync(RollbackRequest request, HttpContext http, ContentEditor editor, EditorAccessMode access, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Message)) return Refused("message");
        if (await editor.RollbackAsync(request.Version, request.Message.Trim(), EditorAccess.EditorId(http, access.Mode), ct) is not { } outcome) return Refused("no-such-version");
        return outcome.Version is { } version ? Results.Json(new JsonObject { ["version"] = version.Number }) : Refused("errors", outcome.Errors);
    }

    // the page words the reason in the editor's language
    private static IResult Refused(string reason, IReadOnlyList<string>? errors = null) => Results.Json(
        new JsonObject { ["refused"] = reason, ["errors"] = new JsonArray([.. (errors ?? []).Select(e => JsonValue.Create(e))]) },
        statusCode: StatusCodes.Status422UnprocessableEntity);
}
