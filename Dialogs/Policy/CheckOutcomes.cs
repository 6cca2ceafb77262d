using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>The named ending of a check (a what-if scenario, the mistake triage): the steps, the owner, what to read.</summary>
public static class CheckOutcomes
{
    public static MessageReply Build(TurnContext context, GuidedCheck check, CheckOutcome outcome, IReadOnlyList<(string Step, string Choice)> answers)
    {
        var language = context.Language;
        var choices = new List<Choice>();
        if (outcome.Owner is { } ownerId && context.Content.Owner(ownerId) is { } owner)
        {
            var handoff = new HandoffContext(owner.Id) { TopicId = outcome.Topics.FirstOrDefault(), CheckId = check.Id, Answers = answers };
            choices.Add(HandoffOffers.AskButton(context, handoff, owner));
        }
        foreach (var topic in outcome.Topics.Select(context.Content.Topic).OfType<Topic>())
            choices.Add(new Choice(Commands.Topic(topic.Id), topic.Title[language]));

        var text = outcome.Text[language].Trim();
        return new MessageReply($"**{outcome.Title[language]}**\n\n{text}")
        {
            Language = language,
            FromContent = !HandoffOffers.AnyIn(choices),
            Choices = choices,
            Card = new AnswerCard(outcome.Id, outcome.Title[language], text)
            {
                RelatedHeading = choices.Count > 0 ? context.Text(MessageIds.RelatedHeading) : "",
            },
        };
    }
}
