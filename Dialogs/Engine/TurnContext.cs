using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Text;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Engine;

/// <summary>One turn: the input, the language to answer in, the content version in use, and the replies so far.</summary>
public sealed class TurnContext(TurnInput input, Language language, ContentSnapshot snapshot, RecognizerResult? recognized = null)
{
    private RecognizerResult? _recognized = recognized;
    private string[]? _words;

    public TurnInput Input { get; } = input;

    public Language Language { get; } = language;

    /// <summary>The content version this turn uses from start to end, even if a reload happens meanwhile.</summary>
    public ContentSnapshot Snapshot { get; } = snapshot;

    public PolicyContent Content => Snapshot.Content;

    public TurnResult Result { get; } = new();

    /// <summary>True once a message was sent in this turn.</summary>
    public bool Responded => Result.Replies.Any(r => r is MessageReply);

    /// <summary>
    /// The turn's text as normalized words (<see cref="TextNormalizer.Tokens"/>), worked out once per turn for the
    /// shortcuts that read it before the recognizer (menu labels, requests for a person, whole-message topics, the quiz).
    /// </summary>
    public string[] Words => _words ??= TextNormalizer.Tokens(Input.Text);

    private string? _paddedWords;

    /// <summary><see cref="Words"/> joined and padded (<see cref="TextNormalizer.Padded"/>), for whole-word phrase matching.</summary>
    public string PaddedWords => _paddedWords ??= TextNormalizer.Padded(Words);

    /// <summary>The recognizer's view of the turn's text, computed at most once per turn.</summary>
    public RecognizerResult Recognized => _recognized ??= string.IsNullOrWhiteSpace(Input.Text)
        ? RecognizerResult.None
        : Snapshot.Recognizer.Recognize(Input.Text);

    /// <summary>
    /// The message as small talk ("bedankt", "hoi"), or null. Worked out once by the engine, which needs it before the
    /// turn's language is known; the router answers it.
    /// </summary>
    public SmallTalkMatch? SmallTalk { get; init; }

    /// <summary>
    /// The hand-offs the bot offered in this conversation (its state's ring, newest last): owner buttons carry only a
    /// ref into it, so what a ticket says about its topic comes from here, never from the submit.
    /// </summary>
    public List<OfferedHandoff> OfferedHandoffs { get; init; } = [];

    /// <summary>The check that ended last in this conversation (<see cref="ConversationData.LastCheck"/>), for "start over" after its verdict.</summary>
    public string? LastCheck { get; init; }

    /// <summary>The check that ended on the turn before (<see cref="ConversationData.FinishedCheck"/>), for "back" after its verdict.</summary>
    public DialogInstance? FinishedCheck { get; init; }

    /// <summary>The topic the bot answered last in this conversation, if nothing else was typed since (<see cref="ConversationData.LastTopic"/>).</summary>
    public string? PreviousTopic { get; init; }

    /// <summary>What the turn did with <see cref="Recognized"/>: set where a topic is answered or "nothing matches" is said.</summary>
    public RecognitionOutcome RecognitionOutcome { get; set; }

    /// <summary>The topic a follow-up was read as (<see cref="RecognitionOutcome.FollowUp"/>), for the trace; null otherwise.</summary>
    public string? FollowUpTopic { get; set; }

    public void Send(Reply reply) => Result.Replies.Add(reply);

    /// <summary>Replaces the card the user pressed a button on (hosts that cannot update messages ignore it).</summary>
    public void UpdateCard(CardUpdate update) => Result.CardUpdate = update;

    /// <summary>Asks the host for <paramref name="effect"/>, carried out after the turn is saved and its replies sent.</summary>
    public void Request(TurnEffect effect) => Result.Effects.Add(effect);

    /// <summary>A content message in the turn's language, with <c>{name}</c> placeholders filled in.</summary>
    public string Text(string messageId, params (string Name, string Value)[] values) =>
        Content.Message(messageId).Format(Language, values);

    public void SendText(string messageId, params (string Name, string Value)[] values) =>
        Send(new MessageReply(Text(messageId, values)) { Language = Language });
}
