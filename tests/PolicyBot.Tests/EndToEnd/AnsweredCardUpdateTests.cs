using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.EndToEnd;

/// <summary>A question card whose button was pressed is updated in place, so its buttons cannot be pressed twice.</summary>
public class AnsweredCardUpdateTests
{
    private static readonly PolicyContent Content = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;

    [Fact]
    public async Task PressingACheckButtonReplacesThatCardWithTheQuestionAndTheAnswer()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:update-in-place");
        var check = Content.Check("may-i-share")!;
        var step = check.Step(check.Start)!;
        await chat.PressAsync("cmd:check");

        await chat.PressAsync(step.Choices[1].Id);

        var update = Assert.Single(chat.LastUpdates);
        Assert.Equal("/v3/conversations/a%3Aupdate-in-place/activities/card-message-1", update.RawTarget);
        Assert.Equal("card-message-1", (string?)update.Json["id"]);
        var card = update.Json.Card();
        Assert.Empty(card["actions"]!.AsArray());
        var texts = card["body"]!.AsArray().Select(b => (string?)b!["text"]).ToList();
        Assert.Contains(step.Question.En, texts);
        Assert.Contains("✔ " + step.Choices[1].Label.En, texts);
    }

    [Fact]
    public async Task TypedAnswersAndGlobalButtonsLeaveEarlierCardsAlone()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:typed");
        var check = Content.Check("may-i-share")!;

        await chat.PressAsync("cmd:check");
        Assert.Empty(chat.LastUpdates);
        await chat.SayAsync(check.Step(check.Start)!.Choices[0].Label.En);
        Assert.Empty(chat.LastUpdates);
    }
}
