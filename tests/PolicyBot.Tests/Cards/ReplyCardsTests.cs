using System.Text.Json.Nodes;
using PolicyBot.Cards;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Cards;

public class ReplyCardsTests
{
    private static readonly Choice[] TwoChoices = [new("yes", "Ja"), new("no", "Nee")];

    [Fact]
    public void PlainTextReplyHasNoCard()
    {
        Assert.Null(ReplyCards.Build(new MessageReply("Hallo!")));
    }

    [Fact]
    public void ChoicePromptShowsTextAndOneSubmitPerChoice()
    {
        var reply = new MessageReply("Gaat het om een klant?") { Choices = TwoChoices, ExpectingInput = true };

        var card = ReplyCards.Build(reply)!;

        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", card["$schema"]!.GetValue<string>());
        Assert.Equal("Gaat het om een klant?", card["fallbackText"]!.GetValue<string>());
        Assert.Equal(["Gaat het om een klant?"], CardQuery.Texts(card));
        var actions = card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.All(actions, a => Assert.Equal("Action.Submit", CardQuery.Type(a)));
        Assert.Equal(["Ja", "Nee"], actions.Select(a => a["title"]!.GetValue<string>()));
        Assert.Equal(["yes", "no"], actions.Select(a => a["data"]!.AsObject()["choice"]!.GetValue<string>()));
        Assert.Empty(CardValidator.Validate(card));
    }

    [Fact]
    public void MoreThanFiveChoicesAreAllReachableInBodyActionSets()
    {
        var choices = Enumerable.Range(1, 13).Select(i => new Choice($"topic-{i}", $"Topic {i}")).ToList();
        var reply = new MessageReply("Kies een onderwerp") { Choices = choices, Links = [new("Mail", "mailto:marketing@example.com")] };

        var card = ReplyCards.Build(reply)!;

        var buttons = CardQuery.Buttons(card);
        Assert.Equal(choices.Select(c => c.Value), buttons.Where(b => CardQuery.Type(b) == "Action.Submit").Select(b => b["data"]!["choice"]!.GetValue<string>()));
        Assert.Contains(buttons, b => CardQuery.Type(b) == "Action.OpenUrl");
        Assert.Empty(card["actions"]!.AsArray());
        Assert.All(CardQuery.OfType(card, "ActionSet"), set => Assert.InRange(set["actions"]!.AsArray().Count, 1, 5));
        Assert.Empty(CardValidator.Validate(card));
    }

    [Theory]
    [InlineData(6, new[] { 3, 3 })]
    [InlineData(7, new[] { 4, 3 })]
    [InlineData(10, new[] { 5, 5 })]
    public void SixToTenButtonsSitInRowsOfEvenLengthNoneAlone(int count, int[] rows)
    {
        var choices = Enumerable.Range(1, count).Select(i => new Choice($"c{i}", $"C{i}")).ToList();

        var card = ReplyCards.Build(new MessageReply("Kies") { Choices = choices })!;

        Assert.Equal(rows, CardQuery.OfType(card, "ActionSet").Select(set => set["actions"]!.AsArray().Count));
    }

    [Fact]
    public void ALongListOfButtonsIsAVerticalListOneButtonPerRow()
    {
        var choices = Enumerable.Range(1, 19).Select(i => new Choice($"topic:{i}", $"Topic {i}")).ToList();

        var card = ReplyCards.Build(new MessageReply("Kies een onderwerp") { Choices = choices })!;

        var rows = CardQuery.OfType(card, "ActionSet");
        Assert.Equal(19, rows.Count);
        Assert.All(rows, set => Assert.Single(set["actions"]!.AsArray()));
        Assert.Empty(CardValidator.Validate(card));
    }

    [Fact]
    public void AQuestionsButtonsSayWhichQuestionTheyAnswer()
    {
        var reply = new MessageReply("Is het vertrouwelijk?") { Choices = [new("yes", "Ja"), new("no", "Nee")], PromptId = "may-i-share/secret", FromContent = true };

        var card = ReplyCards.Build(reply)!;
        var other = ReplyCards.Build(reply with { PromptId = "may-i-share/what" })!;

        Assert.All(CardQuery.Buttons(card), b => Assert.Equal("may-i-share/secret", (string?)b["data"]!["prompt"]));
        Assert.All(CardQuery.Buttons(other), b => Assert.Equal("may-i-share/what", (string?)b["data"]!["prompt"]));
    }

    [Fact]
    public void FiveButtonsStayInTheActionBar()
    {
        var choices = Enumerable.Range(1, 5).Select(i => new Choice($"c{i}", $"C{i}")).ToList();

        var card = ReplyCards.Build(new MessageReply("Kies") { Choices = choices })!;

        Assert.Equal(5, card["actions"]!.AsArray().Count);
        Assert.Empty(CardQuery.OfType(card, "ActionSet"));
    }

    [Fact]
    public void ReplyWithOnlyLinksGetsACardWithOpenUrlButtons()
    {
        var reply = new MessageReply("Neem contact op met Marketing")
        {
            Links = [new("Chat", "https://teams.microsoft.com/l/chat/0/0?users=marketing@example.com"), new("Mail", "mailto:marketing@example.com")],
        };

        var card = ReplyCards.Build(reply)!;

        var actions = card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.All(actions, a => Assert.Equal("Action.OpenUrl", CardQuery.Type(a)));
        Assert.Equal(reply.Links.Select(l => l.Url), actions.Select(a => a["url"]!.GetValue<string>()));
        Assert.Equal(reply.Links.Select(l => l.Title), actions.Select(a => a["title"]!.GetValue<string>()));
        Assert.Empty(CardValidator.Validate(card));
    }

    [Fact]
    public void LinkThatIsNotAnAbsoluteUrlIsLeftOut()
    {
        var reply = new MessageReply("Zie het beleid") { Links = [new("Beleid", "beleid.html"), new("Mail", "mailto:a@example.com")] };

        var card = ReplyCards.Build(reply)!;

        Assert.Equal(["Mail"], CardQuery.Buttons(card).Select(b => b["title"]!.GetValue<string>()));
        Assert.Empty(CardValidator.Validate(card));
    }

    [Theory]
    [InlineData(Language.Nl, "nl")]
    [InlineData(Language.En, "en")]
    public void CardLanguageFollowsTheReply(Language language, string lang)
    {
        var prompt = new MessageReply("?") { Choices = TwoChoices, Language = language };
        var answer = new MessageReply("t") { Card = new AnswerCard("id", "Titel", "Tekst"), Language = language };
        var verdict = new MessageReply("t") { Card = new VerdictCard(VerdictKind.GoAhead, "Ga je gang", "Prima"), Language = language };

        foreach (var reply in new[] { prompt, answer, verdict })
            Assert.Equal(lang, ReplyCards.Build(reply)!["lang"]!.GetValue<string>());
    }

    [Fact]
    public void CardModelDecidesWhichCardIsBuilt()
    {
        var answer = ReplyCards.Build(new MessageReply("t") { Card = new AnswerCard("id", "Foto's van klanten", "Vraag eerst toestemming.") })!;
        var verdict = ReplyCards.Build(new MessageReply("t") { Card = new VerdictCard(VerdictKind.DontShare, "Niet delen", "Dit is vertrouwelijk.") })!;

        Assert.Equal("Foto's van klanten", CardQuery.Texts(answer)[0]);
        Assert.Contains("Niet delen", CardQuery.Texts(verdict));
        Assert.Equal("attention", CardQuery.OfType(verdict, "Container")[0]["style"]!.GetValue<string>());
    }

    [Fact]
    public void VeryLongAnswerIsShortenedToStayWithinTheSizeLimit()
    {
        var paragraph = "Wees voorzichtig met één foto of video van collega’s en klanten; vraag altijd toestemming. ";
        var body = string.Join("\n\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat(paragraph, 5)), 60));
        var reply = new MessageReply(body) { Card = new AnswerCard("photos", "Foto's", body) { Principle = body }, Choices = TwoChoices };

        var card = ReplyCards.Build(reply)!;

        Assert.True(CardLimits.SizeInBytes(card) <= CardLimits.MaxCardBytes, $"{CardLimits.SizeInBytes(card)} bytes");
        Assert.Empty(CardValidator.Validate(card));
        Assert.Equal("Foto's", CardQuery.Texts(card)[0]);
        Assert.EndsWith("…", card["fallbackText"]!.GetValue<string>());
        Assert.Equal(2, CardQuery.Buttons(card).Count);
    }

    [Fact]
    public void ShortCardIsNotShortened()
    {
        var reply = new MessageReply("Korte tekst") { Card = new AnswerCard("id", "Titel", "Korte tekst") };

        var card = ReplyCards.Build(reply)!;

        Assert.Equal("Korte tekst", card["fallbackText"]!.GetValue<string>());
        Assert.Contains("Korte tekst", CardQuery.Texts(card));
    }
}
