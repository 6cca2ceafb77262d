using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// The recognizer trace of DESIGN.md ("Contracts others rely on"): what the recognizer found in the turn's text and
/// what the turn did with it (<c>outcome</c>: answered, suggested, unmatched, follow-up when it answered the text read
/// with the topic answered before, whole-message when the message was a trigger of a whole-message topic, or not-used
/// when the text answered a step or was a command).
/// </summary>
public static class RecognizerTrace
{
    public const string Name = "PolicyBot.Recognizer";
    private const string EmulatorChannel = "emulator";
    public const string ValueType = "policybot/recognizer";

    public const string Answered = "answered";
    public const string Unmatched = "unmatched";
    public const string NotUsed = "not-used";
    public const string Suggested = "suggested";
    public const string FollowUp = "follow-up";
    public const string WholeMessage = "whole-message";

    public static TraceReply Build(TurnContext context, RecognizerResult result, RecognitionOutcome outcome)
    {
        var owner = result.Topic is { } id ? context.Content.Topic(id)?.Owner : null;
        var candidates = new JsonArray();
        foreach (var candidate in result.Candidates)
            candidates.Add(new JsonObject { ["topic"] = candidate.Topic, ["score"] = Math.Round(candidate.Score, 4) });
        var code = Outcome(outcome);
        var value = new JsonObject
        {
            // The employee's words go back only to the Emulator, the tester's own tool; with Bot:EmitTraces on a real
            // channel the trace would put them in front of whoever reads that channel's traces.
            ["text"] = context.Input.ChannelId == EmulatorChannel ? context.Input.Text : null,
            ["locale"] = context.Input.Locale ?? context.Language.Locale(),
            ["topic"] = result.Topic,
            ["score"] = Math.Round(result.Score, 4),
            ["candidates"] = candidates,
            ["handoff"] = owner,
            ["outcome"] = code,
        };
        if (outcome == RecognitionOutcome.Suggested) value["suggestions"] = Scores(result.Suggestions);
        if (outcome == RecognitionOutcome.WholeMessage)
            value["wholeMessage"] = context.Result.LastAnswer?.TopicId;
        if (outcome == RecognitionOutcome.FollowUp)
            value["followUp"] = new JsonObject { ["of"] = context.PreviousTopic, ["topic"] = context.FollowUpTopic };
        if (outcome == RecognitionOutcome.Answered && result.Alternatives.Count > 0) value["alternatives"] = Scores(result.Alternatives);
        var label = (result.Topic is null ? "no topic" : $"{result.Topic} ({result.Score:0.00})") + ", " + code;
        return new TraceReply(Name, label, ValueType, value);
    }

    private static JsonArray Scores(IEnumerable<TopicScore> topics) =>
        [.. topics.Select(s => (JsonNode)new JsonObject { ["topic"] = s.Topic, ["score"] = Math.Round(s.Score, 4) })];

    private static string Outcome(RecognitionOutcome outcome) => outcome switch
    {
        RecognitionOutcome.Answered => Answered,
        RecognitionOutcome.Unmatched => Unmatched,
        RecognitionOutcome.Suggested => Suggested,
        RecognitionOutcome.FollowUp => FollowUp,
        RecognitionOutcome.WholeMessage => WholeMessage,
        _ => NotUsed,
    };
}
