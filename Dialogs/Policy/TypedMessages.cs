using System.Globalization;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// What a typed message outside any dialog gets, in this order: nothing typed (a photo alone starts the check), a bare
/// number, small talk, the quiz's trigger, a menu command or a request for a person, a whole-message topic ("wat zijn
/// de regels?"), a follow-up on the answer just given, and then the recognizer: its topic, the check when a photo came
/// with a question it finds no topic for, its "did you mean", or "nothing in the policy".
/// </summary>
public static class TypedMessages
{
    public static async Task AnswerAsync(DialogContext dc, CancellationToken ct)
    {
        var context = dc.Context;
        if (string.IsNullOrWhiteSpace(context.Input.Text))
        {
            // A photo sent without a word is "may I share this?".
            if (context.Input.HasMedia) await PolicyRouter.RunCommandAsync(dc, Commands.Check, ct);
            else context.SendText(MessageIds.EmptyMessage);
            return;
        }
        if (int.TryParse(context.Input.Text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number < 100)
        {
            // "3" with no numbered question waiting (a card's number typed in a channel without buttons, or one too many).
            context.SendText(MessageIds.NumberWithoutChoice);
            return;
        }
        if (context.SmallTalk is { } smallTalk)
        {
            // "bedankt", "hoi", "ok": a short friendly line, not "nothing matches" with the whole menu.
            context.SendText(smallTalk.Reply);
            return;
        }
        if (QuizDialog.IsTrigger(context))
        {
            await dc.BeginDialogAsync(QuizDialog.DialogId, null, ct);
            return;
        }
        if ((PolicyMenu.TypedCommand(context) ?? ContactRequests.Match(context)) is { } command)
        {
            await PolicyRouter.RunCommandAsync(dc, command, ct);
            return;
        }
        if (WholeMessageTopics.Match(context) is { } whole)
        {
            // Not the recognizer's answer: the trace says whole-message, and insights count the topic from its answer card.
            context.RecognitionOutcome = RecognitionOutcome.WholeMessage;
            await AnswerTopicAsync(dc, whole, ct);
            return;
        }
        if (context.Recognized.Topic is null && FollowUps.Read(context) is { } followUp)
        {
            // "en als het een oud-collega is?" right after an answer: read with that answer's topic, and say so.
            context.RecognitionOutcome = RecognitionOutcome.FollowUp;
            context.FollowUpTopic = followUp.Id;
            // What the text alone came close to, in case it was a new question after all.
            string[] closest = [.. context.Recognized.Suggestions.Select(s => s.Topic).Where(t => t != followUp.Id)];
            if (followUp.Id == context.PreviousTopic)
            {
                // The same topic again: not the card just read once more, but where to go if it does not settle it.
                SendSameTopic(context, followUp, closest);
                return;
            }
            context.SendText(MessageIds.FollowUp, ("topic", followUp.Title[context.Language]));
            await AnswerTopicAsync(dc, followUp, ct, closest);
            return;
        }
        if (context.Recognized.Topic is { } id && context.Content.Topic(id) is { } topic)
        {
            context.RecognitionOutcome = RecognitionOutcome.Answered;
            if (topic.StartsCheck is { } checkId && FinishedChecks.AskedAgain(context, checkId))
            {
                // "moet ik het dan nog melden?" right after the triage's advice: not the same questions from the start.
                FinishedChecks.SendAdviceStands(context, checkId);
                return;
            }
            await AnswerTopicAsync(dc, topic, ct, [.. context.Recognized.Alternatives.Select(a => a.Topic)]);
        }
        else if (context.Input.HasMedia)
        {
            // "mag ik deze delen?" with a photo: the check, which takes the photo as the answer to "what?".
            await PolicyRouter.RunCommandAsync(dc, Commands.Check, ct);
        }
        else if (context.Recognized.Suggestions.Count > 0)
        {
            context.RecognitionOutcome = RecognitionOutcome.Suggested;
            SendSuggestions(context);
        }
        else
        {
            context.RecognitionOutcome = RecognitionOutcome.Unmatched;
            PolicyMenu.SendNoMatch(context);
        }
    }

    /// <summary>"Did you mean one of these?": the close topics as buttons, and "none of these".</summary>
    internal static void SendSuggestions(TurnContext context)
    {
        var choices = context.Recognized.Suggestions
            .Select(s => context.Content.Topic(s.Topic))
            .OfType<Topic>()
            .Select(t => new Choice(Commands.Suggested(t.Id, context.Input.Text), t.Title[context.Language]))
            .Append(new Choice(Commands.NoneOfThese, context.Text(MessageIds.ButtonNoneOfThese)))
            .ToList();
        // Not FromContent: the buttons carry the employee's question.
        context.Send(new MessageReply(context.Text(MessageIds.DidYouMean)) { Language = context.Language, Choices = choices });
    }

    /// <summary>"What I wrote above applies", with what the text alone came close to, the check and a person as buttons.</summary>
    private static void SendSameTopic(TurnContext context, Topic topic, IReadOnlyList<string> closest)
    {
        var choices = closest.Take(2).Select(context.Content.Topic).OfType<Topic>()
            .Select(t => new Choice(Commands.Topic(t.Id), t.Title[context.Language]))
            .Append(new Choice(Commands.Check, context.Text(MessageIds.ButtonCheck)))
            // The topic's own owner where it has one ("who can I report it to?" after harassment: HR), else the choice.
            .Append(topic.Owner is { } ownerId && context.Content.Owner(ownerId) is { } owner
                ? HandoffOffers.AskButton(context, new HandoffContext(owner.Id) { TopicId = topic.Id }, owner)
                : new Choice(Commands.Contact, context.Text(MessageIds.ButtonContact)))
            .ToList();
        var text = context.Text(MessageIds.FollowUpSameTopic, ("topic", topic.Title[context.Language]), ("principle", (topic.Principle ?? topic.Title)[context.Language]));
        context.Send(new MessageReply(text)
        {
            Language = context.Language,
            Choices = choices,
            FromContent = true,
        });
    }

    /// <summary>A topic's answer card, or the check it starts.</summary>
    internal static async Task AnswerTopicAsync(DialogContext dc, Topic topic, CancellationToken ct, IReadOnlyList<string>? alternatives = null)
    {
        if (topic.StartsCheck is { } checkId) await dc.BeginDialogAsync(GuidedCheckDialog.DialogId, checkId, ct);
        else dc.Context.Send(TopicAnswers.Build(dc.Context, topic, alternatives));
    }
}
