namespace PolicyBot.Dialogs.Understanding;

/// <summary>What a turn did with the recognizer's result; the recognizer trace reports it and usage counts follow it.</summary>
public enum RecognitionOutcome
{
    /// <summary>The text served something else: an answer to a step, a command, a quiz trigger, a hand-off question.</summary>
    NotUsed,

    /// <summary>The recognized topic was answered (or the check it starts began).</summary>
    Answered,

    /// <summary>The text was taken as a question and nothing in the policy matched it.</summary>
    Unmatched,

    /// <summary>No topic was sure enough, and the closest ones were offered as "did you mean …?".</summary>
    Suggested,

    /// <summary>No topic was sure enough on its own, but read as a follow-up on the topic answered before, one was.</summary>
    FollowUp,

    /// <summary>The whole message was a trigger of a topic only a whole message answers (<c>match: whole-message</c>).</summary>
    WholeMessage,
}
