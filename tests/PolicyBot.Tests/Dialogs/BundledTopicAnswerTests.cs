using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Dialogs;

/// <summary>Every bundled topic answered in both languages, with its related topics and owner as buttons.</summary>
public class BundledTopicAnswerTests
{
    private static readonly PolicyContent Content = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;

    public static TheoryData<string, string> TopicsAndLocales()
    {
        var data = new TheoryData<string, string>();
        foreach (var topic in Content.Topics)
            foreach (var locale in new[] { "nl-NL", "en-US" })
                data.Add(topic.Id, locale);
        return data;
    }

    [Theory]
    [MemberData(nameof(TopicsAndLocales))]
    public async Task TopicButtonGivesTheAnswerInTheUsersLanguage(string topicId, string locale)
    {
        var topic = Content.Topic(topicId)!;
        var language = LanguageExtensions.FromLocale(locale)!.Value;
        var flow = new DialogTestFlow(new PolicyBotEngine(new SwappableContent(Content)), locale).Submit(Commands.Topic(topicId));

        if (topic.StartsCheck is { } checkId)
        {
            await flow
                .AssertReply((Content.Check(checkId)!.Intro ?? Content.Message(MessageIds.CheckIntro))[language].Trim())
                .AssertReply(r => Assert.Equal(Content.Check(checkId)!.Step(Content.Check(checkId)!.Start)!.Question[language], r.Text))
                .RunAsync();
            return;
        }

        await flow
            .AssertReply(r =>
            {
                var card = r.Card<AnswerCard>();
                Assert.Equal(language, r.Language);
                Assert.Equal(topic.Title[language], card.Title);
                Assert.Equal(topic.Answer[language].Trim(), card.Body);
                Assert.Equal(topic.Principle?[language], card.Principle);
                Assert.Equal(Content.Message(MessageIds.PrincipleHeading)[language], card.PrincipleHeading);
                var expected = topic.Scenarios.Select(Commands.StartCheck).Concat(topic.Related.Select(Commands.Topic)).ToList();
                if (topic.Owner is { } owner) expected.Insert(0, Commands.Owner(new HandoffContext(owner) { TopicId = topic.Id }));
                r.HasChoices([.. expected]);
                // Scenario buttons carry a question ("What if a journalist calls?"); every other button is a short label.
                Assert.All(r.Choices, c =>
                {
                    var max = c.Action is StartCheck ? 30 : 20;
                    Assert.True(c.Title.Length <= max, $"button '{c.Title}' is longer than {max} characters");
                });
            })
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    [InlineData("customer-question", "customer-service")]
    [InlineData("sales-and-press", "marketing")]
    [InlineData("speaking-for-the-company", "marketing")]
    [InlineData("training-and-ambassadors", "marketing")]
    public void TopicsBeyondThePolicyNameTheRightOwner(string topicId, string owner)
    {
        Assert.Equal(owner, Content.Topic(topicId)!.Owner);
    }
}
