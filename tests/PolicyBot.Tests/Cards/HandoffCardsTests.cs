using PolicyBot.Cards;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Dialogs;

namespace PolicyBot.Tests.Cards;

public class HandoffCardsTests
{
    private static readonly TicketDetails Ticket = new()
    {
        Id = "ab12cd34ef",
        OwnerId = "customer-service",
        CheckId = "may-i-share",
        Question = "A customer complains under my post",
        Answers = [new TicketAnswer("What is it about?", "A complaint")],
        Language = Language.En,
        CreatedAt = new DateTimeOffset(2025, 3, 4, 9, 30, 0, TimeSpan.Zero),
    };

    [Fact]
    public void OpenTicketCardShowsQuestionContextAndTheTakeButton()
    {
        var reply = TicketMessages.Card(TestContent.Build(), Ticket);

        var card = ReplyCards.Build(reply)!;

        var json = card.ToJsonString();
        Assert.Empty(CardValidator.Validate(card));
        Assert.Contains("A customer complains under my post", json);
        Assert.Contains("A complaint", json);
        Assert.Contains("en:ticket-waiting", json);
        Assert.Contains("{{DATE(2025-03-04T09:30:00Z, SHORT)}}", json);
        Assert.Equal(["""{"verb":"take-ticket","ticket":"ab12cd34ef"}"""], card["actions"]!.AsArray().Select(a => a!["data"]!.ToJsonString()));
    }

    [Fact]
    public void PickedUpTicketCardNamesThePresserAndHasNoButton()
    {
        var picked = Ticket with { PickedUpBy = "Olivia", PickedUpAt = Ticket.CreatedAt.AddMinutes(5) };

        var card = ReplyCards.Build(TicketMessages.Card(TestContent.Build(), picked))!;

        Assert.Empty(CardValidator.Validate(card));
        Assert.Contains("en:ticket-picked-up-by", card.ToJsonString());
        Assert.Empty(card["actions"]!.AsArray());
    }

    [Fact]
    public void HandoffCardShowsWhyThisOwnerAndWhatToTellThem()
    {
        var handoff = new HandoffCard("Marketing", "Sales and press", "Can I post this?") { WhyHeading = "Why Marketing", TellHeading = "What to tell" };
        var reply = new MessageReply("Reach Marketing") { Card = handoff, Links = [new LinkAction("Chat", "https://teams.microsoft.com/l/chat/0/0?users=m%40x.com")] };

        var card = ReplyCards.Build(reply)!;

        Assert.Empty(CardValidator.Validate(card));
        Assert.Equal(["💬 Marketing", "Why Marketing", "Sales and press", "What to tell", "Can I post this?"], CardQuery.Texts(card));
        Assert.Equal("Action.OpenUrl", (string)card["actions"]![0]!["type"]!);
    }

    // Web Chat clips a markdown quote ("> …") at the right edge: the question shows as plain wrapped text in a box.
    [Fact]
    public void TheQuestionToTellTheOwnerIsAPlainWrappedTextInAnEmphasisBox()
    {
        var reply = new MessageReply("Reach Marketing") { Card = new HandoffCard("Marketing", "Sales and press", "Can I post this photo of our stand at the fair?") { TellHeading = "What to tell" } };

        var card = ReplyCards.Build(reply)!;

        var box = Assert.Single(CardQuery.OfType(card, "Container"), c => (string?)c["style"] == "emphasis");
        var text = Assert.Single(CardQuery.OfType(box, "TextBlock"));
        Assert.Equal("Can I post this photo of our stand at the fair?", (string)text["text"]!);
        Assert.True((bool)text["wrap"]!);
        Assert.DoesNotContain(CardQuery.Texts(card), t => t.TrimStart().StartsWith('>'));
    }

    [Fact]
    public void TheConfirmationShowsTheQuotedQuestionInAnEmphasisBoxNotAsAMarkdownQuote()
    {
        var reply = new MessageReply("This is what Marketing will get:\n\n> Can I post this photo of our stand?\n\nShall I send it?")
        {
            Choices = [new("yes", "Yes"), new("no", "No")],
        };

        var card = ReplyCards.Build(reply)!;

        Assert.Equal(["This is what Marketing will get:", "Can I post this photo of our stand?", "Shall I send it?"], CardQuery.Texts(card));
        var box = Assert.Single(CardQuery.OfType(card, "Container"));
        Assert.Equal("emphasis", (string?)box["style"]);
        Assert.Equal("Can I post this photo of our stand?", CardQuery.Texts(box).Single());
        Assert.Empty(CardValidator.Validate(card));
    }
}
