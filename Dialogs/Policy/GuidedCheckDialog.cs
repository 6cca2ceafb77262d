using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Engine.Prompts;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// The guided "may I share this?" check: a waterfall whose steps, choices and branches come from the content.
/// The position is stored as step ids, not indexes, so a content change mid-check is detected: where the step
/// still exists the check goes on, otherwise it starts again with one sentence of explanation.
/// Typed text that asks about a policy topic instead of answering the step gets that topic's answer, then the check resumes.
/// </summary>
public sealed class GuidedCheckDialog() : Dialog(DialogId)
{
    public const string DialogId = "guided-check";
    public const string DefaultCheck = "may-i-share";
    private const int MaxAttempts = 3;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State<CheckState>();
        state.CheckId = options as string ?? DefaultCheck;
        var context = dc.Context;
        if (context.Content.Check(state.CheckId) is not { } check)
        {
            PolicyMenu.SendMenu(context, MessageIds.CheckGone);
            return dc.EndDialogAsync(null, cancellationToken);
        }
        context.Send(new MessageReply(check.Intro?[context.Language] ?? context.Text(MessageIds.CheckIntro)) { Language = context.Language });
        state.Reset(check.Start);
        var step = check.Step(check.Start)!;
        // Started by a typed description ("ik wil een foto van een klant op ons event posten"): skip what it already says.
        // Two steps at least: "mag ik dit bericht delen?" names no more than a generic post.
        if (context.Input.Value is null && CheckTextReading.Understood(context, check, step) is { Count: > 1 } understood) step = CheckTextReading.Take(context, check, state, understood);
        // A photo or video sent with the message answers the question it answers ("Foto of video"), said as such.
        else if (context.Input.HasMedia && step.Choices.FirstOrDefault(c => c.ForAttachments) is { Next: { } next } attached && check.Step(next) is { } after)
        {
            state.Answer(step.Id, attached.Id);
            state.MoveTo(after.Id);
            context.SendText(MessageIds.CheckUnderstoodAttachment, ("answers", attached.Label[context.Language]));
            step = after;
        }
        CheckPrompts.AskAfterAnswer(context, check, step, state);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var state = dc.ActiveDialog!.State<CheckState>();
        if (context.Content.Check(state.CheckId) is not { } check) return await CheckGoneAsync(dc, cancellationToken);
        if (check.Step(state.StepId) is not { } step || !state.AnswersStillValid(check))
        {
            context.SendText(MessageIds.CheckRestarted);
            state.Reset(check.Start);
            CheckPrompts.Ask(context, check, check.Step(check.Start)!, state);
            return DialogTurnResult.Waiting;
        }

        if (InterruptionRecognizer.Recognize(context.Input.Text, context.Input.Value) == Interruption.Back)
            return GoBack(context, check, state);

        var choices = CheckPrompts.Choices(step, context.Language);
        var found = ChoiceRecognizer.Recognize(context.Input.Text, context.Input.Value, choices, context.Language);
        // A photo sent after "Wat wil je delen?" (Web Chat: ask first, then attach) answers it as it would with the question.
        if (found is null && context.Input.HasMedia && step.Choices.FirstOrDefault(c => c.ForAttachments) is { } attached)
            found = CheckTextReading.Found(attached, choices);
        // "Klopt dat?" after the words were said back as an answer of this step: a bare "ja" or "klopt" takes it (user test 64).
        if (found is null && state.Noted.TryGetValue(step.Id, out var said) && CheckTextReading.IsBareYes(context)
            && step.Choices.FirstOrDefault(c => c.Id == said) is { } saidChoice)
            found = CheckTextReading.Found(saidChoice, choices);
        // "bedankt", "ok", "hoi" between a question and its answer: a friendly line and the step again, no wrong answer.
        if (found is null && context.SmallTalk is { } smallTalk) return Resume(context, check, step, state, smallTalk.InDialogReply);
        if (found is null && step.Id != check.Start && CheckTextReading.ChangedMind(context, check, state) is { Count: > 0 } other)
        {
            // "laat maar, ik wil eigenlijk een foto delen": the check starts over with the post now described.
            context.SendText(MessageIds.CheckChangedMind);
            state.Reset(check.Start);
            CheckPrompts.AskAfterAnswer(context, check, CheckTextReading.Take(context, check, state, other), state);
            return DialogTurnResult.Waiting;
        }
        var typed = CheckTextReading.Read(context, check, step, choices, found);
        if (typed.Description is { } understood)
        {
            CheckPrompts.AskAfterAnswer(context, check, CheckTextReading.Take(context, check, state, understood), state);
            return DialogTurnResult.Waiting;
        }
        if (typed.Question is { } question) return AnswerAndResume(context, check, step, state, question);
        if (typed.Unsure is { } unsure)
        {
            // Named first among other answers, and it would end the check: said, and the question asked again.
            CheckPrompts.Ask(context, check, step, state, unsure);
            return DialogTurnResult.Waiting;
        }
        found = CheckWarnings.KeepNoted(context, step, state, choices, typed.Named ?? found);

        if (found is not null)
        {
            var choice = step.Choices.First(c => c.Id == found.Value);
            if (context.Input.Value is not null) context.UpdateCard(CardUpdate.Answered(step.Question[context.Language], choice.Label[context.Language], context.Language, fromContent: true));
            state.Answer(step.Id, choice.Id);
            if (choice.Next is { } next && check.Step(next) is { } nextStep)
            {
                state.MoveTo(next);
                CheckPrompts.AskAfterAnswer(context, check, nextStep, state);
                return DialogTurnResult.Waiting;
            }
            context.Send(choice.Outcome is { } outcomeId && check.Outcome(outcomeId) is { } outcome
                ? CheckOutcomes.Build(context, check, outcome, state.Answers())
                : CheckVerdicts.Build(context, check, state.Answers()));
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (context.Recognized.Topic is { } topicId && context.Content.Topic(topicId) is { } topic)
        {
            if (topic.StartsCheck is null) return AnswerAndResume(context, check, step, state, topic);
            // The check that is running, named again by a remark ("it has 40 likes already" in the mistake triage): no
            // reason to lose the answers given so far; the step is asked again. Asked as a question ("mag ik dit delen?",
            // as Teams' command menu sends it), it starts over below.
            if (topic.StartsCheck == check.Id && !typed.Asks)
            {
                context.SendText(MessageIds.CheckRetry);
                CheckPrompts.Ask(context, check, step, state);
                return DialogTurnResult.Waiting;
            }
            // Another check's question ("ik heb iets verkeerds gepost" halfway through "mag ik dit delen?"): that check.
            if (context.Content.Check(topic.StartsCheck) is not null)
            {
                context.RecognitionOutcome = RecognitionOutcome.Answered;
                return await dc.ReplaceDialogAsync(DialogId, topic.StartsCheck, cancellationToken);
            }
        }

        // A question the recognizer is not sure of gets its "did you mean" here too, as outside the check; one that
        // asks something it finds nothing for is told so. Neither is a wrong answer to the step, so neither counts as one.
        if (typed.Asks)
        {
            if (context.Recognized.Suggestions.Count > 0)
            {
                context.RecognitionOutcome = RecognitionOutcome.Suggested;
                TypedMessages.SendSuggestions(context);
                return Resume(context, check, step, state);
            }
            context.RecognitionOutcome = RecognitionOutcome.Unmatched;
            context.SendText(MessageIds.CheckRetryQuestion);
            CheckPrompts.Ask(context, check, step, state);
            return DialogTurnResult.Waiting;
        }

        if (++state.Attempts >= MaxAttempts)
        {
            context.SendText(MessageIds.CheckTooManyAttempts);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        context.SendText(MessageIds.CheckRetry);
        CheckPrompts.Ask(context, check, step, state);
        return DialogTurnResult.Waiting;
    }

    /// <summary>After answering something else in between: "back to the check", and the step's question again.</summary>
    public override Task ResumeDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        var state = instance.State<CheckState>();
        if (dc.Context.Content.Check(state.CheckId) is { } check && check.Step(state.StepId) is { } step) Resume(dc.Context, check, step, state);
        return Task.CompletedTask;
    }

    private static DialogTurnResult Resume(TurnContext context, GuidedCheck check, CheckStep step, CheckState state, string? before = null)
    {
        if (before is not null) context.SendText(before);
        context.SendText(MessageIds.CheckResume);
        CheckPrompts.Ask(context, check, step, state);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        var state = instance.State<CheckState>();
        if (dc.Context.Content.Check(state.CheckId) is { } check && check.Step(state.StepId) is { } step)
            CheckPrompts.Ask(dc.Context, check, step, state);
        return Task.CompletedTask;
    }

    public override string? PendingPrompt(TurnContext context, DialogInstance instance) => CheckPrompts.Id(instance.State<CheckState>());

    /// <summary>A button of an earlier question: what was answered there and how to change it, then the current question.</summary>
    public override async Task<DialogTurnResult> ContinueStalePressAsync(DialogContext dc, string pressedPrompt, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var state = dc.ActiveDialog!.State<CheckState>();
        if (context.Content.Check(state.CheckId) is not { } check || check.Step(state.StepId) is not { } current)
            return await base.ContinueStalePressAsync(dc, pressedPrompt, cancellationToken);
        var answers = state.Answers();
        var (stepId, choiceId) = answers.FirstOrDefault(a => CheckPrompts.Id(check.Id, a.Step) == pressedPrompt);
        if (stepId is not null && check.Step(stepId) is { } step && step.Choices.FirstOrDefault(c => c.Id == choiceId) is { } choice)
        {
            // The answer just given, pressed again (a double click; Web Chat leaves the button live): it was taken once.
            if (answers[^1].Step == stepId && ChoiceRecognizer.SubmittedChoice(context.Input.Value) == choiceId)
            {
                if (context.Input.InPlace) context.UpdateCard(CardUpdate.Answered(step.Question[context.Language], choice.Label[context.Language], context.Language, fromContent: true));
                return DialogTurnResult.Waiting;
            }
            context.SendText(MessageIds.CheckStaleAnswer, ("question", step.Question[context.Language].Trim()), ("answer", choice.Label[context.Language]));
            // A Universal Action answers in place: the old card shows what was answered there, not the button pressed now.
            if (context.Input.InPlace) context.UpdateCard(CardUpdate.Answered(step.Question[context.Language], choice.Label[context.Language], context.Language, fromContent: true));
        }
        else
            context.SendText(MessageIds.StaleCard);
        CheckPrompts.Ask(context, check, current, state);
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// The check was removed or renamed while someone was in it: one sentence, then a question is answered as usual
    /// (the router takes the message as if no dialog were active), anything else gets the menu.
    /// </summary>
    private static async Task<DialogTurnResult> CheckGoneAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        await dc.EndDialogAsync(null, cancellationToken);
        if (context.Input.Value is null && context.Recognized.Topic is not null)
        {
            context.SendText(MessageIds.CheckGone);
            return DialogTurnResult.Empty;
        }
        PolicyMenu.SendMenu(context, MessageIds.CheckGone);
        return new DialogTurnResult(DialogTurnStatus.Complete);
    }

    private static DialogTurnResult AnswerAndResume(TurnContext context, GuidedCheck check, CheckStep step, CheckState state, Topic topic)
    {
        context.RecognitionOutcome = RecognitionOutcome.Answered;
        context.Send(TopicAnswers.Build(context, topic));
        return Resume(context, check, step, state);
    }

    private static DialogTurnResult GoBack(TurnContext context, GuidedCheck check, CheckState state)
    {
        if (!state.TryGoBack()) context.SendText(MessageIds.CheckBackFirst);
        CheckPrompts.Ask(context, check, check.Step(state.StepId)!, state);
        return DialogTurnResult.Waiting;
    }
}
