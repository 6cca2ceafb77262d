using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyBot.Bot.Protocol;
using PolicyBot.Dialogs.Caching;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Rendering;

/// <summary>
/// A topic answer as Teams shows it (microsoft/teams.net's citation entity and feedback loop): the topic's source as a
/// citation, the <c>[1]</c> marker Teams ties it to in the message text, and Teams' own 👍/👎 under the message
/// (<c>channelData.feedbackLoopEnabled</c>, never beside <c>feedbackLoop</c>) instead of the card's feedback row and
/// source link. No AI label: people wrote these answers.
/// </summary>
public static class TeamsAnswers
{
    public const string ChannelId = "msteams";
    public const int MaxNameLength = 80;
    public const int MaxAbstractLength = 160;
    private const int Position = 1;

    // An answer's channel data and citation depend on the content alone and are only ever written out, so each is made
    // once and shared (docs/performance-history.md); nothing an employee typed is in them.
    private static readonly JsonElement FeedbackLoopOnly = WithFeedbackLoop(null);
    private static readonly BoundedCache<(LinkAction Source, string Text), Entity> Citations = new(1024);

    /// <summary>Whether replies to <paramref name="inbound"/> use Teams' citations and feedback buttons.</summary>
    public static bool Apply(Activity inbound) => inbound.ChannelId == ChannelId;

    /// <summary>The answer's card without what Teams shows itself: the "did this help?" row and the source link.</summary>
    public static MessageReply WithoutOwnFeedback(MessageReply reply, AnswerCard answer) =>
        reply with { Card = answer with { Feedback = [], FeedbackQuestion = "", Source = null } };

    /// <summary>Adds the citation (when the topic has a source) and the feedback loop to a rendered answer.</summary>
    public static Activity Decorate(Activity activity, AnswerCard answer)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(answer);
        var decorated = activity with { ChannelData = activity.ChannelData is null ? FeedbackLoopOnly : WithFeedbackLoop(activity.ChannelData) };
        if (answer.Source is not { } source) return decorated;
        return decorated with
        {
            // Teams renders a citation only at its [n] marker in the text; the card itself carries the answer.
            Text = $"{answer.SourceLabel} [{Position}]".TrimStart(),
            Entities = [.. activity.Entities ?? [], CitationOf(source, answer)],
        };
    }

    /// <summary>Whether <paramref name="activity"/> asks Teams for its feedback buttons.</summary>
    public static bool HasFeedbackLoop(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("feedbackLoopEnabled", out var enabled) && enabled.ValueKind == JsonValueKind.True;

    private static JsonElement WithFeedbackLoop(JsonElement? channelData)
    {
        var data = channelData is { ValueKind: JsonValueKind.Object } existing ? JsonNode.Parse(existing.GetRawText())!.AsObject() : [];
        data.Remove("feedbackLoop");
        data["feedbackLoopEnabled"] = true;
        return JsonSerializer.SerializeToElement(data, ProtocolJson.Options);
    }

    private static Entity CitationOf(LinkAction source, AnswerCard answer)
    {
        var key = (source, AbstractSource(answer));
        if (!Citations.TryGet(key, out var citation)) Citations.Set(key, citation = Citation(source, Abstract(key.Item2)));
        return citation;
    }

    /// <summary>The root message entity (Teams refuses a second one) with one claim: the policy page.</summary>
    private static Entity Citation(LinkAction source, string @abstract)
    {
        var claim = new JsonObject
        {
            ["@type"] = "Claim",
            ["position"] = Position,
            ["appearance"] = new JsonObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = Clip(source.Title, MaxNameLength),
                ["url"] = source.Url,
                ["abstract"] = @abstract,
            },
        };
        return new Entity
        {
            Type = "https://schema.org/Message",
            Extra = new Dictionary<string, JsonElement>
            {
                ["@type"] = JsonSerializer.SerializeToElement("Message"),
                ["@context"] = JsonSerializer.SerializeToElement("https://schema.org"),
                ["citation"] = JsonSerializer.SerializeToElement(new JsonArray { claim }),
            },
        };
    }

    private static string AbstractSource(AnswerCard answer) => string.IsNullOrWhiteSpace(answer.Principle) ? answer.Body : answer.Principle;

    /// <summary>The principle in one line, else the start of the answer, as plain text within Teams' 160 characters.</summary>
    private static string Abstract(string text)
    {
        var plain = string.Join(' ', text.Replace("**", "", StringComparison.Ordinal).Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "-"));
        return Clip(plain, MaxAbstractLength);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
