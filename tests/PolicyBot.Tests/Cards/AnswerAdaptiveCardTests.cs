using PolicyBot.Cards;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Cards;

public class AnswerAdaptiveCardTests
{
    private static readonly AnswerCard Answer = new(
        "customer-photos",
        "Photos of customers",
        "Only share a photo when the customer agreed.\nAsk in writing.\n\nKeep in mind:\n- faces are personal data\n* so are licence plates\n\nWhen in doubt, ask.")
    {
        Principle = "Respect privacy.",
        PrincipleHeading = "Principle",
        RelatedHeading = "Related",
    };

    private static MessageReply Reply(AnswerCard answer) => new("Photos of customers: only with consent.")
    {
        Card = answer,
        Choices = [new("topic:privacy", "Privacy"), new("ask-owner", "Ask Marketing")],
        Links = [new("Policy", "https://intranet.example.com/policy")],
        Language = Language.En,
    };

    [Fact]
    public void TitleIsBoldAndLarger()
    {
        var card = AnswerAdaptiveCard.Build(Answer, Reply(Answer));

        var title = card["body"]![0]!.AsObject();
        Assert.Equal("Photos of customers", title["text"]!.GetValue<string>());
        Assert.Equal("Bolder", title["weight"]!.GetValue<string>());
        Assert.Equal("Large", title["size"]!.GetValue<string>());
    }

    [Fact]
    public void BodyIsSplitIntoParagraphsAndKeepsBulletLines()
    {
        var texts = CardQuery.Texts(AnswerAdaptiveCard.Build(Answer, Reply(Answer)));

        Assert.Contains("Only share a photo when the customer agreed. Ask in writing.", texts);
        Assert.Contains("Keep in mind:", texts);
        Assert.Contains("- faces are personal data\n- so are licence plates", texts);
        Assert.Contains("When in doubt, ask.", texts);
    }

    [Fact]
    public void PrincipleIsSubtleUnderItsHeadingFromTheModel()
    {
        var card = AnswerAdaptiveCard.Build(Answer, Reply(Answer));

        var blocks = CardQuery.OfType(card, "TextBlock");
        var heading = blocks.Single(b => b["text"]!.GetValue<string>() == "Principle");
        var principle = blocks.Single(b => b["text"]!.GetValue<string>() == "Respect privacy.");
        Assert.True(heading["isSubtle"]!.GetValue<bool>());
        Assert.True(principle["isSubtle"]!.GetValue<bool>());
        Assert.Equal("Small", principle["size"]!.GetValue<string>());
    }

    [Fact]
    public void AnswerWithoutPrincipleShowsNoPrincipleHeading()
    {
        var answer = Answer with { Principle = null };

        var texts = CardQuery.Texts(AnswerAdaptiveCard.Build(answer, Reply(answer)));

        Assert.DoesNotContain("Principle", texts);
    }

    [Fact]
    public void ChoicesBecomeSubmitsAndLinksBecomeOpenUrl()
    {
        var card = AnswerAdaptiveCard.Build(Answer, Reply(Answer));

        var buttons = CardQuery.Buttons(card);
        Assert.Equal(["Privacy", "Ask Marketing", "Policy"], buttons.Select(b => b["title"]!.GetValue<string>()));
        Assert.Equal(["topic:privacy", "ask-owner"], buttons.Where(b => CardQuery.Type(b) == "Action.Submit").Select(b => b["data"]!["choice"]!.GetValue<string>()));
        Assert.Equal("https://intranet.example.com/policy", buttons.Single(b => CardQuery.Type(b) == "Action.OpenUrl")["url"]!.GetValue<string>());
        Assert.Contains("Related", CardQuery.Texts(card));
        Assert.Empty(CardValidator.Validate(card));
    }

    [Fact]
    public void ReplyTextIsTheFallbackAndEveryShownWordComesFromTheModel()
    {
        var reply = Reply(Answer);

        var card = AnswerAdaptiveCard.Build(Answer, reply);

        Assert.Equal(reply.Text, card["fallbackText"]!.GetValue<string>());
        var source = string.Join("\n", Answer.Title, Answer.Body, Answer.Principle, Answer.PrincipleHeading, Answer.RelatedHeading)
            .Replace("* ", "- ").Replace("\n", " ");
        foreach (var text in CardQuery.Texts(card))
            foreach (var line in text.Split('\n'))
                Assert.Contains(line, source);
    }
}
