namespace PolicyBot.Tests.State;

/// <summary>
/// Conversation state rows exactly as the release before typed dialog state wrote them (schema version 1): taken from
/// the SQLite file of main's build at 17ded3e after real conversations over HTTP (channel msteams), byte for byte.
/// </summary>
internal static class SchemaVersion1Rows
{
    /// <summary>The guided check at its third question ("public"), after "Photo or video" and "Positive or neutral".</summary>
    public const string MidCheck = """{"schemaVersion":1,"dialogs":{"dialogStack":[{"id":"guided-check","stepIndex":0,"attemptCount":0,"values":{"check":"may-i-share","step":"public","path":"what,tone,public","answer:what":"photo","attempts":"0","answer:tone":"positive"}}]},"language":"en","languageGuessed":false,"welcomed":false}""";

    /// <summary>The same point of the check in Dutch, reached by a description ("ik wil een vrolijke foto van ons team op linkedin zetten").</summary>
    public const string MidCheckDutch = """{"schemaVersion":1,"dialogs":{"dialogStack":[{"id":"guided-check","stepIndex":0,"attemptCount":0,"values":{"check":"may-i-share","step":"public","path":"what,tone,public","answer:what":"photo","attempts":"0","answer:tone":"positive"}}]},"language":"nl","languageGuessed":false,"welcomed":false}""";

    /// <summary>A what-if scenario (a check begun by its button) at its first question.</summary>
    public const string MidScenario = """{"schemaVersion":1,"dialogs":{"dialogStack":[{"id":"guided-check","stepIndex":0,"attemptCount":0,"values":{"check":"what-if-journalist","step":"about","path":"about"}}]},"language":"en","languageGuessed":false,"welcomed":false}""";

    /// <summary>The quiz at question 2 of 5, the first answered wrong (its topic kept to read again).</summary>
    public const string MidQuiz = """{"schemaVersion":1,"dialogs":{"dialogStack":[{"id":"quiz","stepIndex":0,"attemptCount":0,"values":{"questions":"late-order-complaint,competitor-launch,sarcastic-tweet,wedding-photo,invoice-question","index":"1","answered":"1","attempts":"0","missed":"customer-question"}}]},"language":"en","languageGuessed":false,"welcomed":false}""";

    /// <summary>"Ask Marketing" pressed under the answer on journalists: the hand-off waits for the question, its offer in state.</summary>
    public const string HandoffWaitingForQuestion = """{"schemaVersion":1,"dialogs":{"dialogStack":[{"id":"handoff-question","stepIndex":0,"attemptCount":0,"values":{},"prompt":{"prompt":"What would you like to ask Marketing? Keep it short; there\u0027s no need to include confidential details.","retryPrompt":"Please type your question in a few words.","choices":[],"maxAttempts":3,"fromContent":false}},{"id":"handoff","stepIndex":1,"attemptCount":0,"values":{"offer":"marketing?topic=sales-and-press","owner":"marketing"},"options":"marketing?ref=37c123f4"}]},"language":"en","languageGuessed":false,"welcomed":false,"handoffs":[{"ref":"37c123f4","ownerId":"marketing","topicId":"sales-and-press","answers":[],"createdAt":"2026-12-06T21:01:45.9121461+00:00"}]}""";

    /// <summary>"Talk to someone" → Customer Service → a question typed: the hand-off waits for "send it?".</summary>
    public const string HandoffWaitingForConfirm = """{"schemaVersion":1,"dialogs":{"dialogStack":[{"id":"handoff-confirm","stepIndex":0,"attemptCount":0,"values":{},"prompt":{"prompt":"This is what Customer Service will get:\n\n\u003E Can I mention our new client in a post?\n\nShall I send it?","retryPrompt":"Please answer **yes** or **no**.","choices":[],"maxAttempts":3,"quote":"Can I mention our new client in a post?","fromContent":false}},{"id":"handoff","stepIndex":2,"attemptCount":0,"values":{"offer":"","owner":"customer-service","question":"Can I mention our new client in a post?"}}]},"language":"en","languageGuessed":false,"welcomed":false}""";
}
