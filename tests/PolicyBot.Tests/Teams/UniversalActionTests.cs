using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyBot.Cards;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Cards;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Teams;

/// <summary>
/// The check's answers as Universal Actions on Teams: <c>Action.Execute</c> with an <c>Action.Submit</c> fallback, the
/// <c>adaptiveCard/action</c> invoke answered with the pressed card turned into its answer, and old buttons that change nothing.
/// </summary>
public sealed class UniversalActionTests
{
    private static readonly PolicyContent Content = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;
    private static readonly GuidedCheck Check = Content.Check("may-i-share")!;
    private static readonly CheckStep First = Check.Step(Check.Start)!;

    [Fact]
    public async Task TeamsQuestionCardsSendExecuteButtonsWithTheSubmitAsFallback()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:ua-render");

        var question = Question(await chat.PressAsync(new StartCheck()));

        var buttons = Executes(question.Card());
        Assert.Equal(First.Choices.Select(c => c.Label.En), buttons.Select(b => (string?)b["title"]));
        Assert.All(buttons, b =>
        {
            Assert.Equal("choice", (string?)b["verb"]);
            Assert.Equal($"may-i-share/{First.Id}", (string?)b["data"]!["prompt"]);
            Assert.IsType<ChoiceAnswer>(ButtonActions.From((string)b["verb"]!, JsonSerializer.SerializeToElement(b["data"])));
            var fallback = b["fallback"]!.AsObject();
            Assert.Equal("Action.Submit", (string?)fallback["type"]);
            Assert.Equal((string?)b["title"], (string?)fallback["title"]);
            Assert.True(JsonNode.DeepEquals(b["data"], fallback["data"]));
        });
        Assert.Empty(CardValidator.Validate(question.Card()));
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("emulator")]
    [InlineData("directline")]
    public async Task ChannelsWithoutUniversalActionsGetOnlySubmitButtons(string channel)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, channel, "en-US", "a:ua-" + channel);

        var question = Question(await chat.PressAsync(new StartCheck()));

        Assert.Empty(Executes(question.Card()));
        Assert.Equal(First.Choices.Select(c => c.Id), question.SubmitActions().OfType<ChoiceAnswer>().Select(a => a.Choice));
    }

    [Fact]
    public async Task PressingAnAnswerTurnsTheCardIntoItsAnswerAndAsksTheNextQuestion()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "nl-NL", "a:ua-press");
        var choice = First.Choices.First(c => c.Next is not null);
        var question = Question(await chat.PressAsync(new StartCheck()));

        var replies = await chat.ExecuteAsync(Button(question, choice.Id));

        var answer = chat.LastInvokeAnswer!;
        Assert.Equal(200, (int?)answer["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
        var card = answer["value"]!.AsObject();
        Assert.Empty(CardQuery.Buttons(card));
        Assert.Contains(First.Question.Nl.Trim(), CardQuery.Texts(card).Select(t => t.Trim()));
        Assert.Contains("✔ " + choice.Label.Nl, CardQuery.Texts(card));
        Assert.Empty(CardValidator.Validate(card));
        var next = Question(replies);
        Assert.Equal($"may-i-share/{choice.Next}", (string?)Executes(next.Card())[0]["data"]!["prompt"]);
        // Everyone's view of the card (other devices, other members) is updated too.
        Assert.Single(chat.LastUpdates);
    }

    [Fact]
    public async Task AnOldButtonOfTheCheckShowsWhatWasAnsweredThereAndChangesNothing()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:ua-stale");
        var chosen = First.Choices.First(c => c.Next is not null);
        var other = First.Choices.First(c => c.Id != chosen.Id);
        var first = Question(await chat.PressAsync(new StartCheck()));
        var second = Question(await chat.ExecuteAsync(Button(first, chosen.Id)));

        var replies = await chat.ExecuteAsync(Button(first, other.Id));

        var card = chat.LastInvokeAnswer!["value"]!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)chat.LastInvokeAnswer!["type"]);
        Assert.Contains("✔ " + chosen.Label.En, CardQuery.Texts(card));
        Assert.DoesNotContain("✔ " + other.Label.En, CardQuery.Texts(card));
        Assert.Contains(replies.Messages(), r => r.AllText().Contains(chosen.Label.En, StringComparison.Ordinal));
        // The check still waits on the second question: the same card is asked again, and answering it goes on.
        Assert.True(JsonNode.DeepEquals(second.Card(), Question(replies).Card()));
        var secondStep = Check.Step(chosen.Next!)!;
        await chat.ExecuteAsync(Button(second, secondStep.Choices[0].Id));
        Assert.Contains("✔ " + secondStep.Choices[0].Label.En, CardQuery.Texts(chat.LastInvokeAnswer!["value"]!.AsObject()));
    }

    [Fact]
    public async Task AButtonOfACheckThatEndedGetsAClearAnswerAndNoCard()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:ua-ended");
        var question = Question(await chat.PressAsync(new StartCheck()));
        await chat.PressAsync(new Interrupt(Interruption.Cancel));

        var replies = await chat.ExecuteAsync(Button(question, First.Choices[0].Id));

        var expected = Content.Message(MessageIds.StaleCardDone).Format(Language.En);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)chat.LastInvokeAnswer!["type"]);
        Assert.Equal(expected, (string?)chat.LastInvokeAnswer!["value"]);
        Assert.Empty(chat.LastUpdates);
        Assert.DoesNotContain(replies.Messages(), r => r.AllText().Contains(First.Question.En.Trim(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AButtonOfAnotherCheckGetsAClearAnswerAndTheRunningCheckGoesOn()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:ua-other");
        var old = Question(await chat.PressAsync(new StartCheck()));
        var other = Content.Checks.First(c => c.Id != Check.Id);
        var running = Question(await chat.PressAsync(new StartCheck(other.Id)));

        var replies = await chat.ExecuteAsync(Button(old, First.Choices[0].Id));

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)chat.LastInvokeAnswer!["type"]);
        Assert.Equal(Content.Message(MessageIds.StaleCard).Format(Language.En), (string?)chat.LastInvokeAnswer!["value"]);
        Assert.Empty(chat.LastUpdates);
        Assert.True(JsonNode.DeepEquals(running.Card(), Question(replies).Card()));
    }

    [Fact]
    public async Task QuizAndHandoffQuestionsAnswerInPlaceToo()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:ua-quiz");

        foreach (var start in new ButtonAction[] { new MenuAction(MenuItem.Quiz), new MenuAction(MenuItem.Contact) })
        {
            var button = Executes(Question(await chat.PressAsync(start)).Card())[0];
            await chat.ExecuteAsync(button);

            Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)chat.LastInvokeAnswer!["type"]);
            Assert.Contains("✔ " + (string?)button["title"], CardQuery.Texts(chat.LastInvokeAnswer!["value"]!.AsObject()));
            await chat.PressAsync(new Interrupt(Interruption.Cancel));
        }
    }

    /// <summary>The last reply that asks a question with Action.Execute or Action.Submit answer buttons.</summary>
    private static JsonObject Question(List<JsonObject> replies) =>
        replies.Messages().Last(r => r["attachments"] is not null && r.SubmitActions().OfType<ChoiceAnswer>().Any());

    private static List<JsonObject> Executes(JsonObject card) =>
        [.. CardQuery.Buttons(card).Where(b => CardQuery.Type(b) == "Action.Execute")];

    private static JsonObject Button(JsonObject question, string choice) =>
        Executes(question.Card()).Single(b => (string?)b["data"]!["choice"] == choice);
}
