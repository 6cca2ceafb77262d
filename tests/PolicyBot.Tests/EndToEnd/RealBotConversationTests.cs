using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.EndToEnd;

/// <summary>The real dialogs and bundled content behind real Kestrel, talking to a fake Bot Connector.</summary>
public class RealBotConversationTests
{
    private static readonly PolicyContent Content = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;

    [Fact]
    public async Task EnglishEmulatorConversationWithCardSubmitsReachesAVerdict()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "emulator", "en-US", "abc|livechat");

        var welcome = (await chat.JoinAsync()).Messages().Single();
        Assert.Contains("PolicyBot", welcome.AllText());
        Assert.Contains(Commands.Check, welcome.SubmitActions());

        var answer = await chat.SayAsync(Content.Topic("confidential-information")!.Triggers.En[0]);
        Assert.Equal("trace", (string?)answer[0]["type"]);
        Assert.Equal("confidential-information", (string?)answer[0]["value"]!["topic"]);
        Assert.Contains(Content.Topic("confidential-information")!.Title.En, answer.Messages().Single().AllText());

        var check = Content.Check("may-i-share")!;
        var first = (await chat.PressAsync(Commands.Check)).Messages().ToList();
        Assert.Equal(2, first.Count);
        Assert.Equal("expectingInput", (string?)first[1]["inputHint"]);
        var step = check.Step(check.Start)!;
        Assert.Equal(step.Choices.Select(c => c.Id), first[1].SubmitChoices());

        var replies = first;
        while (true)
        {
            var choice = step.Choices[0];
            replies = (await chat.PressAsync(choice.Id)).Messages().ToList();
            if (choice.Next is null) break;
            step = check.Step(choice.Next)!;
            Assert.Contains(step.Question.En, replies.Single().AllText());
        }
        var verdict = replies.Single();
        Assert.Contains(check.Verdicts.Values.Select(v => v.Title.En), title => verdict.AllText().Contains(title));
        Assert.Contains(Commands.Check, verdict.SubmitActions());
    }

    [Fact]
    public async Task DutchTeamsConversationAnswersInDutchWithoutTraces()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "nl-NL", "a:dutch-conversation");

        var answer = await chat.SayAsync(Content.Topic("customer-question")!.Triggers.Nl[0]);

        var message = Assert.Single(answer);
        Assert.Equal("message", (string?)message["type"]);
        Assert.Equal("nl-NL", (string?)message["locale"]);
        Assert.Contains(Content.Topic("customer-question")!.Title.Nl, message.AllText());
        var owner = Assert.Single(message.SubmitActions().OfType<AskOwner>(), a => a is { OwnerId: "customer-service", Ref: not null });

        var handoff = (await chat.PressAsync(owner)).Single();
        Assert.Contains("Klantenservice", handoff.AllText());
        var typed = (await chat.SayAsync("Een klant vraagt onder mijn post naar de levertijd")).Single();
        Assert.Contains("levertijd", typed.AllText());
        Assert.Equal(["yes", "no"], typed.SubmitChoices());

        var contact = (await chat.PressAsync("yes")).Single();
        Assert.Contains("https://teams.microsoft.com/l/chat/0/0?users=", contact.AllText());
        Assert.Contains("levertijd", Uri.UnescapeDataString(contact.AllText()));
    }

    [Fact]
    public async Task ConversationContinuesMidCheckAfterTheBotRestartsOnTheSameSqliteFile()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-restart-");
        var database = $"Storage:SqlitePath={Path.Combine(folder.FullName, "state.db")}";
        var check = Content.Check("may-i-share")!;
        var firstStep = check.Step(check.Start)!;
        var choice = firstStep.Choices.First(c => c.Next is not null);
        var secondStep = check.Step(choice.Next!)!;
        try
        {
            await using var connector = await FakeConnector.StartAsync();
            await using (var before = await BotHost.StartAsync(null, null, "Storage:Provider=sqlite", database))
            {
                var chat = new ChatSession(before, connector, "msteams", "en-US", "a:restart");
                await chat.PressAsync("cmd:check");
                var asked = (await chat.PressAsync(choice.Id)).Single();
                Assert.Contains(secondStep.Question.En, asked.AllText());
            }

            await using var after = await BotHost.StartAsync(null, null, "Storage:Provider=sqlite", database);
            var resumed = new ChatSession(after, connector, "msteams", "en-US", "a:restart");
            var next = (await resumed.SayAsync("back")).Single();

            Assert.Contains(firstStep.Question.En, next.AllText());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
