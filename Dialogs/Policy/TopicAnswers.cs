using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>Builds the reply for a topic: the short answer card with related topics and, where set, its owner.</summary>
public static class TopicAnswers
{
    /// <param name="alternatives">
    /// Topics that came close to this one for the employee's question: offered first, under "not quite what you meant?".
    /// Their ids come from the content, so the card still holds nothing the employee typed.
    /// </param>
    public static MessageReply Build(TurnContext context, Topic topic, IReadOnlyList<string>? alternatives = null)
    {
        var language = context.Language;
        var choices = new List<Choice>();
        var offered = (alternatives ?? []).Where(id => id != topic.Id).Select(context.Content.Topic).OfType<Topic>().ToList();
        foreach (var alternative in offered)
            choices.Add(new Choice(Commands.Topic(alternative.Id), alternative.Title[language]));
        if (topic.Owner is { } ownerId && context.Content.Owner(ownerId) is { } owner)
            choices.Add(HandoffOffers.AskButton(context, new HandoffContext(owner.Id) { TopicId = topic.Id }, owner));
        foreach (var scenario in topic.Scenarios.Select(context.Content.Check).OfType<GuidedCheck>())
            choices.Add(new Choice(Commands.StartCheck(scenario.Id), scenario.Title[language]));
        foreach (var related in topic.Related.Select(context.Content.Topic).OfType<Topic>().Except(offered))
            choices.Add(new Choice(Commands.Topic(related.Id), related.Title[language]));

        var text = $"**{topic.Title[language]}**\n\n{topic.Answer[language].Trim()}";
        return new MessageReply(text)
        {
            Language = language,
            // An owner button names this conversation's offer, so that card is its own.
            FromContent = !HandoffOffers.AnyIn(choices),
            Choices = choices,
            Card = new AnswerCard(topic.Id, topic.Title[language], topic.Answer[language].Trim())
            {
                Principle = topic.Principle?[language],
                PrincipleHeading = context.Text(MessageIds.PrincipleHeading),
                Source = topic.Source is { } source ? new LinkAction(source.Title[language], source.Url[language]) : null,
                SourceLabel = context.Text(MessageIds.SourceLabel),
                RelatedHeading = offered.Count > 0 ? context.Text(MessageIds.AlternativesHeading)
                    : choices.Count > 0 ? context.Text(MessageIds.RelatedHeading) : "",
                FeedbackQuestion = context.Text(MessageIds.FeedbackQuestion),
                Feedback =
                [
                    new Choice(Commands.Helped(topic.Id), context.Text(MessageIds.ButtonHelped)),
                    new Choice(Commands.NotHelped(topic.Id), context.Text(MessageIds.ButtonNotHelped)),
                ],
            },
        };
    }

    /// <summary>
    /// All topics as buttons, for "browse topics" (the main check has its own button): the policy in short first, then
    /// the rest by their titles in the conversation's language, so a long list can be scanned.
    /// </summary>
    public static MessageReply List(TurnContext context) =>
        new(context.Text(MessageIds.TopicsList))
        {
            Language = context.Language,
            FromContent = true,
            Choices = context.Content.Topics
                .Where(t => t.StartsCheck != GuidedCheckDialog.DefaultCheck)
                .OrderBy(t => t.MatchesWholeMessageOnly ? 0 : 1)
                .ThenBy(t => t.Title[context.Language].TrimStart('"', '\''), StringComparer.OrdinalIgnoreCase)
                .Select(t => new Choice(Commands.Topic(t.Id), t.Title[context.Language]))
                .ToList(),
        };

    /// <summary>Every what-if scenario a topic offers, as buttons.</summary>
    public static MessageReply Scenarios(TurnContext context) =>
        new(context.Text(MessageIds.ScenariosList))
        {
            Language = context.Language,
            FromContent = true,
            Choices = context.Content.Topics
                .SelectMany(t => t.Scenarios)
                .Distinct()
                .Select(context.Content.Check)
                .OfType<GuidedCheck>()
                .Select(c => new Choice(Commands.StartCheck(c.Id), c.Title[context.Language]))
                .ToList(),
        };
}
