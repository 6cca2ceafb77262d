using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyBot.Cards;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Cards;

/// <summary>
/// Every card the bot can send with the bundled content passes <see cref="CardValidator"/> (the Adaptive Cards 1.5
/// schema and Teams' own limits): found by pressing every button the bot offers, in both languages, from the welcome on,
/// plus the cards that need typed text (a hand-off question, a ticket in the owner's channel).
/// </summary>
public sealed partial class EveryCardMatchesTheSchemaTests
{
    // Far more than the bundled content needs (a few hundred turns per language); a bound so a loop cannot hang the suite.
    private const int MaxTurns = 6000;

    // Where the bot asks for typed text (the question for an owner), the crawl types this: quotes, markup and a link.
    private const string Typed = "\ttyped";
    private const string TypedQuestion = "Mag ik \"dit\" delen? <b>**vet**</b> [link](https://example.com) > quote";

    private static readonly ContentSnapshot Bundled = Snapshot();

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-US")]
    public async Task EveryCardReachedByPressingButtonsMatchesTheSchema(string locale)
    {
        var cards = new Dictionary<string, string>(StringComparer.Ordinal);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<List<string>>([[]]);
        var turns = 0;
        while (queue.Count > 0 && turns < MaxTurns)
        {
            var presses = queue.Dequeue();
            var (replies, turnsTaken) = await PlayAsync(locale, presses);
            turns += turnsTaken;
            foreach (var message in replies) Collect(message, string.Join(" > ", presses), cards, kinds);
            var buttons = replies.SelectMany(Buttons).Select(c => ButtonActions.ToData(c.Action).ToJsonString()).Distinct().ToList();
            if (replies.Any(r => r.ExpectingInput && r.Choices.Count == 0)) buttons.Add(Typed);
            // A screen already seen (same texts and buttons) leads nowhere new.
            // An owner button's ref is new on every replay (a random id of the conversation's offer): it does not make a screen new.
            if (!seen.Add(OfferRef().Replace(string.Join("\n", replies.Select(r => r.Text + "|" + string.Join(",", Buttons(r).Select(c => ButtonActions.ToData(c.Action).ToJsonString())))), "?ref="))) continue;
            foreach (var button in buttons) queue.Enqueue([.. presses, button]);
        }

        Assert.True(queue.Count == 0, $"stopped after {turns} turns with {queue.Count} paths left");
        Assert.Superset(new HashSet<string> { nameof(AnswerCard), nameof(VerdictCard), nameof(AnsweredCard), nameof(HandoffCard), "MessageCard", "UniversalActions" }, kinds);
        var topics = Bundled.Content.Topics.Count;
        Assert.True(cards.Count > topics, $"only {cards.Count} distinct cards for {topics} topics");
        var failures = cards.Select(c => (c.Value, Problems: CardValidator.Validate(JsonSerializer.Deserialize<System.Text.Json.Nodes.JsonObject>(c.Key)!)))
            .Where(c => c.Problems.Count > 0)
            .Select(c => $"after {c.Value}:\n  " + string.Join("\n  ", c.Problems))
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void TicketAndHandoffCardsWithTypedTextMatchTheSchema()
    {
        var content = Bundled.Content;
        var question = "Mag ik \"dit\" delen? <b>**vet**</b> [link](https://example.com) " + new string('é', 9000);
        var replies = new List<MessageReply>();
        foreach (var language in new[] { Language.Nl, Language.En })
        {
            var ticket = new TicketDetails
            {
                Id = "t-1", OwnerId = content.Owners[0].Id, TopicId = content.Topics[0].Id, CheckId = content.Checks[0].Id,
                Question = question, Answers = [new("Gaat het om een klant?", "Ja")], Language = language, CreatedAt = DateTimeOffset.UnixEpoch,
            };
            replies.Add(TicketMessages.Card(content, ticket));
            replies.Add(TicketMessages.Card(content, ticket with { PickedUpBy = "Sam <script>", PickedUpAt = DateTimeOffset.UnixEpoch }));
            // The taker's views on Teams: the answer field (and its error), the answered card with the suggestion, after it.
            var taken = ticket with { PickedUpBy = "Sam <script>", PickedUpAt = DateTimeOffset.UnixEpoch };
            var answered = taken with { Answer = question };
            replies.Add(TicketMessages.Card(content, taken, "29:sam", forTaker: true));
            replies.Add(TicketMessages.Card(content, taken, "29:sam", forTaker: true, error: TicketMessages.EmptyAnswer(content, language)));
            replies.Add(TicketMessages.Card(content, answered, "29:sam", forTaker: true));
            replies.Add(TicketMessages.Card(content, answered with { Suggested = true }, "29:sam", forTaker: true));
            replies.Add(TicketMessages.Card(content, answered, "29:sam"));
            replies.Add(TicketMessages.Answered(content, answered));
            replies.Add(TicketMessages.Reminder(content, ticket));
            replies.Add(TicketMessages.Posted(content, ticket));
        }

        var cards = replies.SelectMany(r => new[] { ReplyCards.Build(r), ReplyCards.Build(r, universalActions: true) })
            .OfType<System.Text.Json.Nodes.JsonObject>().ToList();

        Assert.Contains(replies, r => r.Card is TicketCard);
        Assert.Contains(cards, card => card.ToJsonString().Contains("\"Input.Text\"", StringComparison.Ordinal));
        Assert.Contains(cards, card => card["refresh"] is not null);
        Assert.All(cards, card => Assert.Empty(CardValidator.Validate(card)));
    }

    private static async Task<(List<MessageReply> Replies, int Turns)> PlayAsync(string locale, List<string> presses)
    {
        var bot = new PolicyBotEngine(new FixedContentProvider(Bundled), new Random(7));
        var state = new ConversationData();
        var result = await bot.OnTurnAsync(new TurnInput { Kind = TurnKind.Welcome, Locale = locale }, state, CancellationToken.None);
        foreach (var press in presses)
        {
            var input = press == Typed ? TurnInput.Message(TypedQuestion, locale) : TurnInput.Submit(JsonSerializer.Deserialize<JsonElement>(press), locale);
            result = await bot.OnTurnAsync(input, state, CancellationToken.None);
        }
        var replies = result.Messages.Concat(result.CardUpdate is { } update ? [update.Replacement] : []).ToList();
        return (replies, presses.Count + 1);
    }

    private static IEnumerable<Choice> Buttons(MessageReply reply) =>
        reply.Choices.Concat((reply.Card as AnswerCard)?.Feedback ?? []);

    private static void Collect(MessageReply message, string path, Dictionary<string, string> cards, HashSet<string> kinds)
    {
        if (ReplyCards.Build(message) is not { } card) return;
        kinds.Add(message.Card?.GetType().Name ?? "MessageCard");
        cards.TryAdd(OfferRef().Replace(card.ToJsonString(), "?ref=0"), path.Length == 0 ? "the welcome" : path);
        // The same card as Teams gets it: a question's answers as Action.Execute (equal to the above for other cards).
        var teams = ReplyCards.Build(message, universalActions: true)!;
        if (teams.ToJsonString().Contains("\"Action.Execute\"", StringComparison.Ordinal)) kinds.Add("UniversalActions");
        cards.TryAdd(OfferRef().Replace(teams.ToJsonString(), "?ref=0"), (path.Length == 0 ? "the welcome" : path) + " (Teams)");
    }

    // The ref of an owner button, in its card data ("ref":"3f9a0c1e").
    [GeneratedRegex(@"(?<=""ref"":"")[0-9a-f]{8}")]
    private static partial Regex OfferRef();

    private static ContentSnapshot Snapshot()
    {
        var content = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;
        return new ContentSnapshot(content, new TopicRecognizer(content), 1);
    }
}
