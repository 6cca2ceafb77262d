using System.Text;
using System.Text.Json.Nodes;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.EndToEnd;

/// <summary>
/// What an employee (or a crafted submit) can put on a card the bot authors in an owner's channel: plain text only,
/// facts only from the content, and never a card Teams refuses as too big.
/// </summary>
public sealed class HostileTicketTests
{
    private const string Phishing = "[Re-verify your login](https://evil.example/login) ✅ **Picked up by Jan**";

    [Fact]
    public async Task MarkdownInTheQuestionAndThePickersNameShowsAsPlainTextOnTheTicketCard()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync(question: Phishing);
        var (ticket, ticketId) = scenario.PostedTicket();

        await scenario.PressTakeAsync(ticketId, await scenario.CardIdAsync(ticketId), "29:mallory", "**Jan** [x](https://evil.example)");

        var updated = Assert.Single(scenario.ToChannel("PUT")).Json;
        foreach (var card in new[] { ticket.Card(), updated.Card() })
        {
            Assert.DoesNotContain(MarkdownTexts(card), t => t.Contains("evil.example", StringComparison.Ordinal));
            Assert.Contains(Phishing, PlainTexts(card));
        }
        Assert.Contains(PlainTexts(updated.Card()), t => t.Contains("**Jan** [x](https://evil.example)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MarkdownInTheQuestionShowsAsPlainTextOnTheEmployeesOwnCards()
    {
        const string Typed = "Can I share [x](https://evil.example) and **bold**?";
        await using var scenario = await HandoffScenario.StartAsync();
        var chat = new ChatSession(scenario.Host, scenario.Connector, "msteams", "en-US", HandoffScenario.Employee);
        await chat.PressAsync(await HandoffScenario.OwnerButtonAsync(chat, "sales-and-press", "marketing"));

        var preview = (await chat.SayAsync(Typed)).Messages().Last().Card();
        var contact = (await chat.PressAsync("yes")).Messages().Select(m => m.Card()).Single(c => c.ToJsonString().Contains("mailto:", StringComparison.Ordinal));
        var answered = Assert.Single(chat.LastUpdates).Json.Card();

        foreach (var card in new[] { preview, answered, contact })
        {
            Assert.Contains(Typed, PlainTexts(card));
            Assert.DoesNotContain(MarkdownTexts(card), t => t.Contains("evil.example", StringComparison.Ordinal) || t.Contains("**bold**", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task CraftedOwnerSubmitCannotPutTextInTheTopicOrAnswerFacts()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();

        await scenario.HandOffAsync(press: "owner:marketing?topic=Urgent: call +31 6 1234 5678 now&check=Click https://evil.example&answers=what:complaint,x:https://evil.example");

        var card = scenario.PostedTicket().Card.Card();
        Assert.DoesNotContain("evil.example", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("1234", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(HandoffScenario.Question, PlainTexts(card));
    }

    [Fact]
    public async Task KnownTopicAndCheckAnswersStillReachTheTicket()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();

        await scenario.HandOffAsync(press: "owner:marketing?topic=sales-and-press");

        Assert.Contains("Sales", scenario.PostedTicket().Card.AllText(), StringComparison.OrdinalIgnoreCase);
    }

    // ASCII: the links alone used to pass Teams' limit (413); with an "é": the links used to be left off the card.
    [Theory]
    [InlineData("Mag ik de reactie van een klant op onze post (met naam en foto) delen, en wat als hij boos is? ")]
    [InlineData("Mag ik de reactie van een klant op één van onze posts (met naam & foto) delen? ")]
    public async Task NineKilobyteQuestionKeepsItsLinksAndTheContactAndTicketCardsWithinTeamsSizeLimit(string sentence)
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();
        var question = string.Concat(Enumerable.Repeat(sentence, 9200 / sentence.Length + 1));

        var chat = new ChatSession(scenario.Host, scenario.Connector, "msteams", "nl-NL", HandoffScenario.Employee);
        await chat.PressAsync("owner:marketing?topic=sales-and-press");
        await chat.SayAsync(question);
        var replies = await chat.PressAsync("yes");

        var links = replies.Messages().SelectMany(r => r.OpenUrls()).ToList();
        Assert.Contains(links, l => l.StartsWith("https://teams.microsoft.com/l/chat/0/0?users=marketing%40contoso.com&message=Mag%20ik%20de%20reactie", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("mailto:marketing@contoso.com?body=Mag%20ik%20de%20reactie", StringComparison.Ordinal));
        Assert.All(links, l => Assert.True(l.Length <= 2000, $"a link of {l.Length} characters"));
        scenario.PostedTicket();
        Assert.All(scenario.Connector.Requests, r => Assert.True(Encoding.UTF8.GetByteCount(r.Body) <= 28 * 1024, $"{r.Method} {r.RawTarget}: {Encoding.UTF8.GetByteCount(r.Body)} bytes"));
    }

    /// <summary>Texts a host renders as markdown: TextBlock texts and FactSet titles and values.</summary>
    private static List<string> MarkdownTexts(JsonObject card) =>
        [.. Walk(card).SelectMany(o => (string?)o["type"] switch
        {
            "TextBlock" => [(string)o["text"]!],
            "FactSet" => o["facts"]!.AsArray().SelectMany(f => new[] { (string)f!["title"]!, (string)f["value"]! }),
            _ => [],
        })];

    /// <summary>Texts a host shows as written: RichTextBlock TextRuns.</summary>
    private static List<string> PlainTexts(JsonObject card) =>
        [.. Walk(card).Where(o => (string?)o["type"] == "TextRun").Select(o => (string)o["text"]!)];

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        if (node is JsonArray array) foreach (var item in array) foreach (var o in Walk(item)) yield return o;
        if (node is not JsonObject obj) yield break;
        yield return obj;
        foreach (var (_, child) in obj) foreach (var o in Walk(child)) yield return o;
    }
}
