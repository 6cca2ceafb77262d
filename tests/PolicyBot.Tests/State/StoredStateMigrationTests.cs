using System.Text;
using System.Text.Json.Nodes;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Dialogs;
using PolicyBot.Tests.EndToEnd;

namespace PolicyBot.Tests.State;

/// <summary>
/// A conversation the release before saved mid-check, mid-quiz or mid-hand-off (<see cref="SchemaVersion1Rows"/>, rows
/// as its build wrote them) goes on at the right next step with today's bot: real Kestrel, a real SQLite file, the fake
/// Bot Connector. The row is upgraded to the current schema version when the turn saves it.
/// </summary>
public sealed class StoredStateMigrationTests
{
    private static readonly PolicyContent Content = BundledContentProvider.Bundled;
    private static readonly GuidedCheck Check = Content.Check("may-i-share")!;

    private static string Key => StorageKeys.Conversation("msteams", HandoffScenario.Employee);

    [Fact]
    public async Task ACheckSavedMidWayGoesBackToTheAnswerItKept()
    {
        await using var scenario = await StartAsync(SchemaVersion1Rows.MidCheck);
        var chat = Chat(scenario, "en-US");

        var back = await chat.SayAsync("back");

        Assert.Contains(Check.Step("tone")!.Question.En.Trim(), back.Messages().Last().AllText(), StringComparison.Ordinal);
        var stored = await StoredAsync(scenario);
        Assert.Equal(ConversationData.CurrentSchemaVersion, (int)stored["schemaVersion"]!);
        Assert.Equal("""{"checkId":"may-i-share","stepId":"tone","path":["what","tone"],"answered":{"what":"photo"},"noted":{},"attempts":0}""",
            stored["dialogs"]!["dialogStack"]![0]!["state"]!.ToJsonString());
    }

    [Fact]
    public async Task ADutchCheckSavedMidWayTakesATypedNumberAsTheAnswerToItsCurrentQuestion()
    {
        await using var scenario = await StartAsync(SchemaVersion1Rows.MidCheckDutch);
        var chat = Chat(scenario, "nl-NL");
        var next = Check.Step("public")!.Choices[1].Next!;

        var replies = await chat.SayAsync("2");

        Assert.Contains(Check.Step(next)!.Question.Nl.Trim(), replies.Messages().Last().AllText(), StringComparison.Ordinal);
        var state = (await StoredAsync(scenario))["dialogs"]!["dialogStack"]![0]!["state"]!;
        Assert.Equal("""["what","tone","public","people"]""".Replace("people", next, StringComparison.Ordinal), state["path"]!.ToJsonString());
        Assert.Equal("""{"what":"photo","tone":"positive","public":"all-public"}""", state["answered"]!.ToJsonString());
    }

    [Fact]
    public async Task AScenarioSavedMidWayStartsOverAsTheSameScenario()
    {
        await using var scenario = await StartAsync(SchemaVersion1Rows.MidScenario);
        var chat = Chat(scenario, "en-US");
        var journalist = Content.Check("what-if-journalist")!;

        var replies = await chat.SayAsync("start over");

        Assert.Contains(journalist.Step(journalist.Start)!.Question.En.Trim(), replies.Messages().Last().AllText(), StringComparison.Ordinal);
        Assert.Equal("what-if-journalist", (string?)(await StoredAsync(scenario))["dialogs"]!["dialogStack"]![0]!["state"]!["checkId"]);
    }

    [Fact]
    public async Task AQuizSavedMidWayAsksItsNextQuestionAndCountsTheAnswerGivenBefore()
    {
        await using var scenario = await StartAsync(SchemaVersion1Rows.MidQuiz);
        var chat = Chat(scenario, "en-US");
        var quiz = Content.Quiz!;
        string[] remaining = ["competitor-launch", "sarcastic-tweet", "wedding-photo", "invoice-question"];

        var second = await chat.SayAsync(Correct(quiz, remaining[0]));
        Assert.Contains("Question 3 of 5", second.Messages().Last().AllText(), StringComparison.Ordinal);
        List<JsonObject> last = [];
        foreach (var id in remaining.Skip(1)) last = await chat.SayAsync(Correct(quiz, id));

        // Four right of five: the one the release before counted wrong is the topic to read again.
        var score = last.Messages().Last().AllText();
        Assert.Contains("You got 4 out of 5 right.", score, StringComparison.Ordinal);
        Assert.Contains(Content.Topic("customer-question")!.Title.En, score, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHandoffSavedWhileWaitingForTheQuestionSendsATicketWithTheTopicOfItsOffer()
    {
        await using var scenario = await StartAsync(SchemaVersion1Rows.HandoffWaitingForQuestion);
        await scenario.InstallInChannelAsync();
        var chat = Chat(scenario, "en-US");

        await chat.SayAsync(HandoffScenario.Question);
        await chat.SayAsync("yes");

        var card = scenario.PostedTicket().Card.Card().ToJsonString();
        Assert.Contains(HandoffScenario.Question, card, StringComparison.Ordinal);
        Assert.Contains("Sales and press", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHandoffSavedWhileWaitingForYesSendsTheQuestionItKept()
    {
        await using var scenario = await StartAsync(SchemaVersion1Rows.HandoffWaitingForConfirm);
        var chat = Chat(scenario, "en-US");

        var replies = await chat.SayAsync("yes");

        var handoff = replies.Messages().Last().AllText();
        Assert.Contains("Customer Service", handoff, StringComparison.Ordinal);
        Assert.Contains("Can I mention our new client in a post?", handoff, StringComparison.Ordinal);
    }

    [Fact]
    public void StateOfAnUnknownVersionStartsAFreshConversation()
    {
        var future = SchemaVersion1Rows.MidCheck.Replace("\"schemaVersion\":1", $"\"schemaVersion\":{ConversationData.CurrentSchemaVersion + 1}", StringComparison.Ordinal);

        Assert.Empty(ConversationDataSerializer.Deserialize(Encoding.UTF8.GetBytes(future)).Dialogs.DialogStack);
        Assert.Single(ConversationDataSerializer.Deserialize(Encoding.UTF8.GetBytes(SchemaVersion1Rows.MidCheck)).Dialogs.DialogStack);
    }

    /// <summary>A bot on a real store (SQLite unless <paramref name="settings"/> say otherwise) whose employee chat holds <paramref name="row"/>.</summary>
    internal static async Task<HandoffScenario> StartAsync(string row, params string[] settings)
    {
        var scenario = await HandoffScenario.StartAsync(sqlite: settings.Length == 0, withChannel: true, settings);
        Assert.False((await scenario.Host.Store.WriteAsync(Key, Encoding.UTF8.GetBytes(row), "*", default)).IsConflict);
        return scenario;
    }

    internal static ChatSession Chat(HandoffScenario scenario, string locale) =>
        new(scenario.Host, scenario.Connector, "msteams", locale, HandoffScenario.Employee);

    internal static async Task<JsonObject> StoredAsync(HandoffScenario scenario) =>
        JsonNode.Parse((await scenario.Host.Store.ReadAsync(Key, default))!.Data.Span)!.AsObject();

    internal static string Correct(Quiz quiz, string questionId) =>
        quiz.Question(questionId)!.Answers.First(a => a.Correct).Label.En;
}
