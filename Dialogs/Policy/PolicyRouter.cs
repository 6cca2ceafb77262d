using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// The root of every message turn: interruptions first (help, cancel, start over), then the active dialog, then
/// global buttons, then a typed message (<see cref="TypedMessages"/>: shortcuts, then the recognizer's answer).
/// </summary>
public static class PolicyRouter
{
    public static async Task RunAsync(DialogContext dc, CancellationToken ct)
    {
        var context = dc.Context;
        var input = context.Input;

        switch (InterruptionRecognizer.Recognize(input.Text, input.Value))
        {
            case Interruption.Help when dc.ActiveDialog is null:
                PolicyMenu.SendMenu(context, MessageIds.Help);
                return;
            case Interruption.Help:
                context.SendText(MessageIds.Help);
                await dc.RepromptDialogAsync(ct);
                return;
            case Interruption.Cancel when dc.ActiveDialog is null:
                context.SendText(MessageIds.NothingToCancel);
                return;
            case Interruption.Cancel:
                await dc.CancelAllDialogsAsync();
                context.SendText(MessageIds.Cancelled);
                return;
            case Interruption.StartOver:
                await StartOverAsync(dc, afterACheck: true, ct);
                return;
            case Interruption.Back when dc.ActiveDialog is null:
                // "terug" right after a check's verdict: its last question again. With nothing to go back to: show where
                // one can go, rather than guess a topic from one word.
                if (context.FinishedCheck is not { } finished || !FinishedChecks.Reopen(dc, finished)) await StartOverAsync(dc, afterACheck: false, ct);
                return;
        }

        if (dc.ActiveDialog is not null && context.SmallTalk is { EndsDialog: true } leave)
        {
            // "thanks, bye" halfway through the check: it ends there, rather than ask its question again to someone leaving.
            await dc.CancelAllDialogsAsync();
            context.SendText(leave.InDialogReply);
            return;
        }

        // A global button (topic, owner, start the check) works at any time, also on an old card; so does a menu
        // command typed whole ("talk to someone"), which is how Teams sends a pick from the bot's command menu.
        var command = Commands.From(input.Value) ?? (dc.ActiveDialog is not null ? TypedInDialogs.Command(dc) : null);
        if (command is null && dc.ActiveDialog is not null)
        {
            var result = await dc.ContinueDialogAsync(ct);
            if (result.Status != DialogTurnStatus.Empty) return;
        }
        if (command is TakeTicket ticket)
        {
            // A ticket button in an owner's channel: the host claims the ticket; the channel's own dialogs stay as they are.
            context.Request(new TicketPickUp(ticket.TicketId, input.UserId, input.UserName ?? input.UserId) { Language = context.Language });
            return;
        }
        if (TicketPressOf(command, input) is { } press)
        {
            // The taker's view, closing with an answer, a suggestion: the host has the ticket, the dialogs stay as they are.
            context.Request(press with { Language = context.Language });
            return;
        }
        if (command is not null)
        {
            // A reply to the bot's own side question (a "did you mean" pick, "none of these", "did this help?") leaves
            // a waiting check or prompt waiting, and asks its question again; any other button abandons it for what it starts.
            var aside = dc.ActiveDialog is not null && IsAside(command, context.Content);
            if (!aside) await dc.CancelAllDialogsAsync();
            await RunCommandAsync(dc, command, ct);
            if (aside) await dc.ResumeDialogAsync(ct);
            return;
        }
        // The answer that ended the check, pressed again (a double click on a live card): it was taken once.
        if (FinishedChecks.PressedAgain(context)) return;
        if (ButtonActions.SubmittedPrompt(input.Value) is not null)
        {
            // A button of a question whose dialog has ended, on a card the channel left live (Web Chat).
            PolicyMenu.SendMenu(context, MessageIds.StaleCardDone);
            return;
        }
        await TypedMessages.AnswerAsync(dc, ct);
    }

    private static bool IsAside(ButtonAction command, PolicyContent content) => command switch
    {
        RateAnswer rating => content.Topic(rating.TopicId) is not null,
        MenuAction { Item: MenuItem.NoneOfThese } => true,
        PickSuggestion pick => content.Topic(pick.TopicId) is { StartsCheck: null },
        _ => false,
    };

    private static TicketPress? TicketPressOf(ButtonAction? command, TurnInput input)
    {
        var user = (input.UserId, input.UserName ?? input.UserId);
        return command switch
        {
            ViewTicket view => new TicketPress(TicketPressKind.View, view.TicketId, user.UserId, user.Item2),
            CloseTicket close => new TicketPress(TicketPressKind.Close, close.TicketId, user.UserId, user.Item2) { Answer = close.Answer },
            SuggestTicket suggest => new TicketPress(TicketPressKind.Suggest, suggest.TicketId, user.UserId, user.Item2),
            _ => null,
        };
    }

    /// <param name="afterACheck">With nothing running, start the check that ended last again ("opnieuw" after its verdict, as help promises).</param>
    private static async Task StartOverAsync(DialogContext dc, bool afterACheck, CancellationToken ct)
    {
        var root = dc.Stack.Count > 0 ? dc.Stack[^1] : null;
        await dc.CancelAllDialogsAsync();
        if (root is not null) await dc.BeginDialogAsync(root.Id, root.Options, ct);
        else if (afterACheck && dc.Context.LastCheck is { } check && dc.Context.Content.Check(check) is not null)
            await dc.BeginDialogAsync(GuidedCheckDialog.DialogId, check, ct);
        else PolicyMenu.SendWelcome(dc.Context);
    }

    internal static async Task RunCommandAsync(DialogContext dc, ButtonAction command, CancellationToken ct)
    {
        var context = dc.Context;
        switch (command)
        {
            case StartCheck { CheckId: null }:
                await dc.BeginDialogAsync(GuidedCheckDialog.DialogId, null, ct);
                break;
            case StartCheck { CheckId: { } checkId } when context.Content.Check(checkId) is { } check:
                await dc.BeginDialogAsync(GuidedCheckDialog.DialogId, check.Id, ct);
                break;
            case MenuAction { Item: MenuItem.Quiz }:
                await dc.BeginDialogAsync(QuizDialog.DialogId, null, ct);
                break;
            case MenuAction { Item: MenuItem.Scenarios }:
                context.Send(TopicAnswers.Scenarios(context));
                break;
            case MenuAction { Item: MenuItem.Topics }:
                context.Send(TopicAnswers.List(context));
                break;
            case MenuAction { Item: MenuItem.Contact }:
                await dc.BeginDialogAsync(HandoffDialog.DialogId, null, ct);
                break;
            case MenuAction { Item: MenuItem.NoneOfThese }:
                SendWithOwners(context, MessageIds.NoneOfThese);
                break;
            case PickSuggestion suggestion when context.Content.Topic(suggestion.TopicId) is { } suggested:
                context.Request(new UsageEvent(UsageKind.SuggestionPicked, context.Language) { TopicId = suggested.Id, Question = suggestion.Question });
                await TypedMessages.AnswerTopicAsync(dc, suggested, ct);
                break;
            case RateAnswer { Helped: true } rating when context.Content.Topic(rating.TopicId) is { } helped:
                context.Request(new UsageEvent(UsageKind.Helped, context.Language) { TopicId = helped.Id });
                context.SendText(MessageIds.FeedbackThanks);
                break;
            case RateAnswer { Helped: false } rating when context.Content.Topic(rating.TopicId) is { } notHelped:
                context.Request(new UsageEvent(UsageKind.NotHelped, context.Language) { TopicId = notHelped.Id });
                SendWithOwners(context, MessageIds.FeedbackSorry, notHelped);
                break;
            case AskOwner owner:
                await dc.BeginDialogAsync(HandoffDialog.DialogId, HandoffContext.From(owner).Format(), ct);
                break;
            case ShowTopic show when context.Content.Topic(show.TopicId) is { } topic:
                await TypedMessages.AnswerTopicAsync(dc, topic, ct);
                break;
            default:
                PolicyMenu.SendNoMatch(context);
                break;
        }
    }

    /// <summary>
    /// A content message with the people to ask as buttons: the topic's owner when it has one, else every owner;
    /// the hand-off then asks for the question.
    /// </summary>
    private static void SendWithOwners(TurnContext context, string messageId, Topic? topic = null)
    {
        // Without a topic of their own, the people "talk to someone" offers (the message names them), not those only a
        // flow hands off to (HR and privacy after a mistake).
        var owners = topic?.Owner is { } id && context.Content.Owner(id) is { } owner ? [owner] : context.Content.Owners.Where(o => o.ContactChoice);
        var choices = owners
            .Select(o => HandoffOffers.AskButton(context, new HandoffContext(o.Id) { TopicId = topic?.Id }, o))
            .ToList();
        context.Send(new MessageReply(context.Text(messageId)) { Language = context.Language, Choices = choices, FromContent = !HandoffOffers.AnyIn(choices) });
    }
}
