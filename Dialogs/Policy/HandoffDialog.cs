using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Engine.Prompts;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// Puts the employee in touch with an owner: which owner (asked only when not known), what to ask them,
/// a confirmation of exactly what goes to the owner, then the hand-off card with one-click ways to reach them and a
/// <see cref="HandoffRequest"/> the host turns into a ticket in the owner's channel.
/// </summary>
public static class HandoffDialog
{
    public const string DialogId = "handoff";
    public const string ChoicePromptId = "handoff-owner";
    public const string TextPromptId = "handoff-question";
    public const string ConfirmPromptId = "handoff-confirm";

    public static IEnumerable<Dialog> Create() =>
    [
        new WaterfallDialog(DialogId, [ChooseOwnerStepAsync, AskQuestionStepAsync, ConfirmStepAsync, FinishStepAsync]),
        new ChoicePrompt(ChoicePromptId),
        new TextPrompt(TextPromptId),
        new ConfirmPrompt(ConfirmPromptId),
    ];

    private static Task<DialogTurnResult> ChooseOwnerStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        // Topic and check answers from the offers in state only; the button names one by its ref (HandoffOffers).
        var handoff = HandoffOffers.Resolve(context, step.Options);
        step.State<HandoffState>().Keep(handoff);
        if (handoff.OwnerId is { } ownerId && context.Content.Owner(ownerId) is not null) return step.NextAsync(ownerId, ct);
        // Not clear which owner fits: ask rather than guess.
        // Marketing and Customer Service as buttons; the other owners ("someone from HR please") when named.
        var owners = context.Content.Owners.ToLookup(o => o.ContactChoice, o => new Choice(o.Id, o.Name[context.Language]) { Synonyms = [o.Name.Nl, o.Name.En] });
        return step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = context.Text(MessageIds.HandoffChooseOwner),
            RetryPrompt = context.Text(MessageIds.PromptRetryChoice),
            Choices = [.. owners[true]],
            AlsoUnderstood = owners[false].Any() ? [.. owners[false]] : null,
            FromContent = true,
        }, ct);
    }

    private static async Task<DialogTurnResult> AskQuestionStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var ownerId = step.Result switch { FoundChoice found => found.Value, string id => id, _ => null };
        if (ownerId is null || step.Context.Content.Owner(ownerId) is not { } owner) return await GiveUpAsync(step, ct);
        step.State<HandoffState>().OwnerId = owner.Id;
        return await step.PromptAsync(TextPromptId, new PromptOptions
        {
            Prompt = step.Context.Text(MessageIds.HandoffAskQuestion, ("owner", owner.InSentence(step.Context.Language))),
            RetryPrompt = step.Context.Text(MessageIds.PromptRetryText),
        }, ct);
    }

    private static async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is not string question || Owner(step) is not { } owner) return await GiveUpAsync(step, ct);
        step.State<HandoffState>().Question = question;
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            // With a channel for tickets the bot sends the question itself; without one it only fills in a chat or an e-mail.
            Prompt = step.Context.Text(owner.TeamsChannel is null ? MessageIds.HandoffConfirmPrepare : MessageIds.HandoffConfirm,
                ("owner", owner.InSentence(step.Context.Language)), ("question", question)),
            RetryPrompt = step.Context.Text(MessageIds.PromptRetryConfirm),
            Quote = question,
        }, ct);
    }

    private static async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (Owner(step) is not { } owner) return await GiveUpAsync(step, ct);
        var context = step.Context;
        // Only what the employee confirmed ever leaves this conversation (deep link, e-mail, ticket).
        var state = step.State<HandoffState>();
        var question = step.Result is true ? state.Question : null;
        if (question is null) context.SendText(MessageIds.HandoffNotSent);
        step.Send(OwnerContact.Build(context, owner, question));
        var handoff = state.Context();
        step.Context.Request(new HandoffRequest(owner.Id)
        {
            TopicId = handoff.TopicId,
            CheckId = handoff.CheckId,
            Question = question,
            Answers = handoff.ResolveAnswers(context.Content, context.Language),
            Language = context.Language,
        });
        return await step.EndDialogAsync(null, ct);
    }

    private static Owner? Owner(WaterfallStepContext step) =>
        step.State<HandoffState>().OwnerId is { } id ? step.Context.Content.Owner(id) : null;

    /// <summary>A prompt ran out of attempts: say so and end, rather than leave the user stuck.</summary>
    private static Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Context.SendText(MessageIds.PromptTooManyAttempts);
        return step.EndDialogAsync(null, ct);
    }
}
