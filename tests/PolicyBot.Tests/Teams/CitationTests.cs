using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.Rendering;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Teams;

/// <summary>A topic's source: a Teams citation on Teams, a Source/Bron link on the card elsewhere (issue 18).</summary>
public sealed class CitationTests
{
    private const string EnglishUrl = "https://intranet.example.com/en/policies/social-media#confidential-information";

    [Fact]
    public async Task TeamsAnswerCitesTheTopicsPolicyPageAtItsMarker()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:citation");

        var answer = Assert.Single((await chat.SayAsync("can I share our revenue figures?")).Messages());

        var entity = Assert.Single(answer["entities"]!.AsArray())!;
        Assert.Equal(("https://schema.org/Message", "Message", "https://schema.org"),
            ((string?)entity["type"], (string?)entity["@type"], (string?)entity["@context"]));
        var claim = Assert.Single(entity["citation"]!.AsArray())!;
        Assert.Equal(("Claim", 1), ((string?)claim["@type"], (int)claim["position"]!));
        var document = claim["appearance"]!;
        Assert.Equal("DigitalDocument", (string?)document["@type"]);
        Assert.Equal("Social media policy: Confidential info", (string?)document["name"]);
        Assert.Equal(EnglishUrl, (string?)document["url"]);
        var summary = (string)document["abstract"]!;
        Assert.InRange(summary.Length, 20, 160);
        Assert.StartsWith("What the company hasn't made public", summary, StringComparison.Ordinal);
        Assert.Equal("Source [1]", (string?)answer["text"]);
        Assert.Null(entity["additionalType"]);
    }

    [Fact]
    public async Task TeamsAnswerCardLeavesTheSourceLinkAndFeedbackRowToTeams()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:citation-card");

        var answer = Assert.Single((await chat.SayAsync("can I share our revenue figures?")).Messages());

        Assert.DoesNotContain(EnglishUrl, answer.Card().ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(answer.SubmitActions(), a => a is RateAnswer);
        Assert.Empty(CardValidator.Validate(answer.Card()));
    }

    [Theory]
    [InlineData("webchat", "en-US", "Source: [Social media policy: Confidential info](" + EnglishUrl + ")")]
    [InlineData("directline", "nl-NL", "Bron: [Socialemediabeleid: Vertrouwelijke info](https://intranet.example.com/nl/beleid/social-media#vertrouwelijke-info)")]
    public async Task ElsewhereTheCardLinksTheSourceInTheEmployeesLanguage(string channelId, string locale, string link)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, channelId, locale, "conversation-source");

        var answer = Assert.Single((await chat.PressAsync("topic:confidential-information")).Messages());

        Assert.Contains(link, answer.AllText(), StringComparison.Ordinal);
        Assert.Null(answer["entities"]);
        Assert.Null(answer["text"]);
        Assert.Empty(CardValidator.Validate(answer.Card()));
    }

    [Fact]
    public void AnswerWithoutSourceGetsTeamsFeedbackButNoCitation()
    {
        var reply = new Activity { Type = "message", ChannelData = JsonSerializer.SerializeToElement(new { feedbackLoop = new { type = "default" } }) };

        var decorated = TeamsAnswers.Decorate(reply, new AnswerCard("t", "Title", "Body") { SourceLabel = "Source" });

        Assert.Null(decorated.Entities);
        Assert.Null(decorated.Text);
        var channelData = JsonNode.Parse(decorated.ChannelData!.Value.GetRawText())!;
        Assert.True((bool)channelData["feedbackLoopEnabled"]!);
        Assert.Null(channelData["feedbackLoop"]);
    }

    [Fact]
    public void AnAnswersCitationAndChannelDataAreMadeOnceAndSharedByLaterAnswers()
    {
        var source = new LinkAction("Social media policy", EnglishUrl);
        var first = TeamsAnswers.Decorate(new Activity { Type = "message" }, new AnswerCard("t", "Title", "Body") { Source = source });

        var again = TeamsAnswers.Decorate(new Activity { Type = "message" }, new AnswerCard("t", "Title", "Body") { Source = source });
        var otherText = TeamsAnswers.Decorate(new Activity { Type = "message" }, new AnswerCard("t", "Title", "Other body") { Source = source });

        Assert.Same(Assert.Single(first.Entities!), Assert.Single(again.Entities!));
        Assert.NotSame(first.Entities![0], otherText.Entities![0]);
        Assert.Equal("Other body", (string?)JsonNode.Parse(otherText.Entities[0].Extra!["citation"].GetRawText())![0]!["appearance"]!["abstract"]);
        Assert.Equal("""{"feedbackLoopEnabled":true}""", again.ChannelData!.Value.GetRawText());
    }
}
