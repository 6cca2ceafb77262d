using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// A short follow-up on the answer just given ("en als het een oud-collega is?", "who can I report it to"): on its own
/// it names too little to find a topic, so it is read once more after the title of the topic answered before. That may
/// find the same topic or another one ("en als het al officieel bekend is?" after confidential information).
/// </summary>
public static class FollowUps
{
    /// <returns>The topic the follow-up asks about; null when the text is no follow-up, or even with the last topic none is sure.</returns>
    public static Topic? Read(TurnContext context)
    {
        if (context.PreviousTopic is not { } previousId || context.Content.Topic(previousId) is not { } previous) return null;
        // "what time is it?" right after an answer is no follow-up, whatever its "it" points at; "what if it's a former
        // colleague?", which opens as one, is, although alone it looks as unrelated.
        var form = FollowUpForm.Read(context.Input.Text);
        if (form == FollowUpKind.None || (context.Recognized.OutOfScope && form == FollowUpKind.PointsBack)) return null;
        var result = context.Snapshot.Recognizer.Recognize(previous.Title[context.Language] + ". " + context.Input.Text);
        // Not sure even so, but the last topic still comes close: the follow-up stays with it ("what if it's a former
        // colleague?" after mentioning others), rather than "nothing in the policy".
        // Not for a text that alone looks unrelated ("and what about my holiday days?"): that needs a sure reading.
        var staysWithPrevious = form == FollowUpKind.Bare
            || (!context.Recognized.OutOfScope && !result.OutOfScope && result.Suggestions.Any(s => s.Topic == previous.Id));
        var id = result.Topic ?? (staysWithPrevious ? previous.Id : null);
        // A topic that starts a check is no answer to a follow-up: the check asks its own questions from the start.
        return id is not null && context.Content.Topic(id) is { StartsCheck: null } topic ? topic : null;
    }
}
