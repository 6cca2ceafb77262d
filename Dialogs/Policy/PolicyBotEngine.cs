using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// PolicyBot's conversation brain: picks the turn's language and content version, greets new conversations,
/// and runs the dialogs. Holds no per-conversation state itself; everything lives in <see cref="ConversationData"/>.
/// </summary>
public sealed class PolicyBotEngine(IContentProvider contentProvider, Random? random = null) : IBot
{
    private readonly DialogSet _dialogs = CreateDialogs(random ?? Random.Shared);

    public async Task<TurnResult> OnTurnAsync(TurnInput input, ConversationData state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(state);
        var snapshot = contentProvider.Current;
        var runsRecognizer = input.Kind == TurnKind.Message && !string.IsNullOrWhiteSpace(input.Text);
        var recognized = runsRecognizer ? snapshot.Recognizer.Recognize(input.Text!, cancellationToken) : RecognizerResult.None;
        // Typed only: the text beside a pressed button is the button's, not something said.
        var smallTalk = runsRecognizer && input.Value is null ? SmallTalkRecognizer.Recognize(snapshot.Content, input.Text) : null;
        // "hoi" halfway through an English check is no reason to ask its question in Dutch.
        var smallTalkLanguage = state.Dialogs.DialogStack.Count == 0 || smallTalk is { SwitchesLanguage: true } ? smallTalk?.Language : null;
        var (language, guessed, thisTurnOnly) = LanguageResolver.Resolve(
            input, recognized, state.Language, state.LanguageGuessed, smallTalkLanguage, smallTalk is { SwitchesLanguage: true });
        if (!thisTurnOnly)
        {
            state.Language = language;
            state.LanguageGuessed = guessed;
        }
        var context = new TurnContext(input, language, snapshot, recognized)
        {
            SmallTalk = smallTalk,
            OfferedHandoffs = state.Handoffs ?? [],
            PreviousTopic = state.LastTopic,
            LastCheck = state.LastCheck,
            FinishedCheck = state.FinishedCheck,
        };
        state.FinishedCheck = null;

        if (input.Kind == TurnKind.Welcome)
        {
            if (!state.Welcomed) PolicyMenu.SendWelcome(context);
            state.Welcomed = true;
            return context.Result;
        }
        var inDialog = state.Dialogs.DialogStack.Count > 0;
        var root = inDialog ? state.Dialogs.DialogStack[^1] : null;
        await PolicyRouter.RunAsync(new DialogContext(_dialogs, context, state.Dialogs), cancellationToken);
        if (root is { Id: GuidedCheckDialog.DialogId } && state.Dialogs.DialogStack.Count == 0)
        {
            state.LastCheck = root.Options ?? GuidedCheckDialog.DefaultCheck;
            state.FinishedCheck = root;
        }
        state.Handoffs = context.OfferedHandoffs.Count > 0 ? context.OfferedHandoffs : null;
        state.LastTopic = LastTopic(context, state.LastTopic, inDialog || state.Dialogs.DialogStack.Count > 0);
        // One recognizer trace per turn that ran it (DESIGN.md), first, as the "why" of the turn's replies.
        if (runsRecognizer && input.Traces) context.Result.Replies.Insert(0, RecognizerTrace.Build(context, recognized, context.RecognitionOutcome));
        foreach (var usage in UsageEvents.From(context)) context.Request(usage);
        if (input.Traces) context.Send(DialogTrace.Build(context, state.Dialogs));
        return context.Result;
    }

    /// <summary>
    /// The topic a follow-up of the next turn is read with: this turn's answer, else the last one if only small talk or
    /// a button outside a dialog (feedback, a hand-off offer) came between. A check, the quiz or a hand-off ends it.
    /// </summary>
    private static string? LastTopic(TurnContext context, string? before, bool dialog)
    {
        if (dialog) return null;
        if (context.Result.LastAnswer is { } answer)
            return context.Content.Topic(answer.TopicId) is not null ? answer.TopicId : null;
        // A follow-up on the same topic, answered without its card again: the next one is read with it too.
        if (context.RecognitionOutcome == RecognitionOutcome.FollowUp) return before;
        var typed = context.Input.Kind == TurnKind.Message && context.Input.Value is null && context.SmallTalk is null;
        return typed ? null : before;
    }

    public MessageReply ErrorReply(TurnInput input, ConversationData? state)
    {
        var language = LanguageExtensions.FromLocale(input.Locale) ?? state?.Language ?? Language.En;
        return new MessageReply(contentProvider.Current.Content.Message(MessageIds.Error)[language]) { Language = language };
    }

    private static DialogSet CreateDialogs(Random random)
    {
        var set = new DialogSet().Add(new GuidedCheckDialog()).Add(new QuizDialog(random));
        foreach (var dialog in HandoffDialog.Create()) set.Add(dialog);
        return set;
    }
}
