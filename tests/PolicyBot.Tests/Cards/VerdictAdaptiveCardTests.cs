using System.Text.Json.Nodes;
using PolicyBot.Cards;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Cards;

public class VerdictAdaptiveCardTests
{
    private static VerdictCard Verdict(VerdictKind kind) => new(kind, "Deel het niet", "Dit bevat vertrouwelijke cijfers.")
    {
        ReasonsHeading = "Waarom",
        Reasons =
        [
            new("Omzetcijfers zijn vertrouwelijk.", "confidential-information", "Vertrouwelijke informatie"),
            new("Er staat een klant op de foto.", null, null),
        ],
        TipsHeading = "Tips",
        Tips = ["Vraag het eerst aan Marketing.", "Deel liever het persbericht."],
    };

    private static MessageReply Reply(VerdictCard verdict) => new("Deel het niet: dit bevat vertrouwelijke cijfers.")
    {
        Card = verdict,
        Choices = [new("start-over", "Opnieuw"), new("ask-owner", "Vraag Marketing")],
        Links = [new("Mail Marketing", "mailto:marketing@example.com")],
        Language = Language.Nl,
    };

    private static JsonObject Header(JsonObject card) => card["body"]![0]!.AsObject();

    [Theory]
    [InlineData(VerdictKind.GoAhead, "good")]
    [InlineData(VerdictKind.GoAheadWithCare, "warning")]
    [InlineData(VerdictKind.DontShare, "attention")]
    [InlineData(VerdictKind.AskOwner, "accent")]
    public void HeaderIsColouredByVerdictKind(VerdictKind kind, string style)
    {
        var card = VerdictAdaptiveCard.Build(Verdict(kind), Reply(Verdict(kind)));

        Assert.Equal("Container", CardQuery.Type(Header(card)));
        Assert.Equal(style, Header(card)["style"]!.GetValue<string>());
        Assert.Contains("Deel het niet", CardQuery.Texts(Header(card)));
        Assert.Empty(CardValidator.Validate(card));
    }

    [Fact]
    public void EveryVerdictKindLooksDifferent()
    {
        var headers = Enum.GetValues<VerdictKind>()
            .Select(k => VerdictAdaptiveCard.Build(Verdict(k), Reply(Verdict(k))))
            .Select(c => (Style: Header(c)["style"]!.GetValue<string>(), Symbol: CardQuery.Texts(Header(c))[0]))
            .ToList();

        Assert.Equal(headers.Count, headers.Select(h => h.Style).Distinct().Count());
        Assert.Equal(headers.Count, headers.Select(h => h.Symbol).Distinct().Count());
    }

    [Fact]
    public void ReasonsFollowTheirHeadingAndNameThePrincipleTheyPointAt()
    {
        var texts = CardQuery.Texts(VerdictAdaptiveCard.Build(Verdict(VerdictKind.DontShare), Reply(Verdict(VerdictKind.DontShare))));

        var heading = texts.ToList().IndexOf("Waarom");
        Assert.True(heading > 0);
        Assert.Equal("- Omzetcijfers zijn vertrouwelijk.", texts[heading + 1]);
        Assert.Contains("Vertrouwelijke informatie", texts[heading + 2]);
        Assert.Equal("- Er staat een klant op de foto.", texts[heading + 3]);
    }

    [Fact]
    public void TipsAreABulletedListUnderTheirHeading()
    {
        var texts = CardQuery.Texts(VerdictAdaptiveCard.Build(Verdict(VerdictKind.GoAhead), Reply(Verdict(VerdictKind.GoAhead))));

        var heading = texts.ToList().IndexOf("Tips");
        Assert.Equal("- Vraag het eerst aan Marketing.\n- Deel liever het persbericht.", texts[heading + 1]);
    }

    [Fact]
    public void VerdictWithoutReasonsOrTipsShowsNoEmptyHeadings()
    {
        var verdict = new VerdictCard(VerdictKind.GoAhead, "Ga je gang", "Niets aan de hand.") { ReasonsHeading = "Waarom", TipsHeading = "Tips" };

        var texts = CardQuery.Texts(VerdictAdaptiveCard.Build(verdict, Reply(verdict)));

        Assert.DoesNotContain("Waarom", texts);
        Assert.DoesNotContain("Tips", texts);
    }

    [Fact]
    public void ChoicesAndLinksBecomeButtons()
    {
        var card = VerdictAdaptiveCard.Build(Verdict(VerdictKind.AskOwner), Reply(Verdict(VerdictKind.AskOwner)));

        var buttons = CardQuery.Buttons(card);
        Assert.Equal(["Opnieuw", "Vraag Marketing", "Mail Marketing"], buttons.Select(b => b["title"]!.GetValue<string>()));
        Assert.Equal(["start-over", "ask-owner"], buttons.Where(b => CardQuery.Type(b) == "Action.Submit").Select(b => b["data"]!["choice"]!.GetValue<string>()));
        Assert.Equal("mailto:marketing@example.com", buttons[2]["url"]!.GetValue<string>());
        Assert.Equal("nl", card["lang"]!.GetValue<string>());
    }
}
