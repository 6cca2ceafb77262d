using PolicyBot.Cards;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Cards;

/// <summary>Cards are built once per distinct reply and shared: a shared card must never show another reply's content.</summary>
public class ReplyCardCacheTests
{
    private static MessageReply Prompt(string text, params (string Value, string Title)[] choices) =>
        new(text) { Choices = [.. choices.Select(c => new Choice(c.Value, c.Title))], ExpectingInput = true, Language = Language.Nl, FromContent = true };

    [Fact]
    public void EqualRepliesGetTheSameCardAndEachCallerItsOwnCopy()
    {
        var first = ReplyCards.Build(Prompt("Gaat het om een klant? (cache 1)", ("yes", "Ja"), ("no", "Nee")))!;
        var again = ReplyCards.Build(Prompt("Gaat het om een klant? (cache 1)", ("yes", "Ja"), ("no", "Nee")))!;

        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        again["fallbackText"] = "changed by one caller";
        var third = ReplyCards.Build(Prompt("Gaat het om een klant? (cache 1)", ("yes", "Ja"), ("no", "Nee")))!;
        Assert.Equal("Gaat het om een klant? (cache 1)", third["fallbackText"]!.GetValue<string>());
        Assert.Equal(first.ToJsonString(), third.ToJsonString());
    }

    [Fact]
    public void RepliesThatDifferInAnythingShownGetTheirOwnCards()
    {
        var baseline = ReplyCards.Build(Prompt("Deel je een foto? (cache 2)", ("yes", "Ja"), ("no", "Nee")))!.ToJsonString();

        Assert.NotEqual(baseline, ReplyCards.Build(Prompt("Deel je een foto? (cache 2)", ("yes", "Ja"), ("no", "Nee, niet")))!.ToJsonString());
        Assert.NotEqual(baseline, ReplyCards.Build(Prompt("Deel je een foto? (cache 2)", ("yes", "Ja"), ("nope", "Nee")))!.ToJsonString());
        Assert.NotEqual(baseline, ReplyCards.Build(Prompt("Deel je een foto? (cache 2)", ("yes", "Ja")))!.ToJsonString());
        Assert.NotEqual(baseline, ReplyCards.Build(Prompt("Deel je een foto? (cache 2)", ("yes", "Ja"), ("no", "Nee")) with { Language = Language.En })!.ToJsonString());
        Assert.NotEqual(baseline, ReplyCards.Build(Prompt("Deel je een foto? (cache 2)", ("yes", "Ja"), ("no", "Nee")) with { Links = [new("Mail", "mailto:a@example.com")] })!.ToJsonString());
        Assert.Equal(baseline, ReplyCards.Build(Prompt("Deel je een foto? (cache 2)", ("yes", "Ja"), ("no", "Nee")))!.ToJsonString());
    }

    [Fact]
    public void SynonymsAreNotShownSoTheyShareACard()
    {
        var plain = Prompt("Is het openbaar? (cache 3)", ("yes", "Ja"));
        var withSynonyms = plain with { Choices = [new Choice("yes", "Ja") { Synonyms = ["jazeker", "klopt"] }] };

        Assert.True(ReplyComparer.Instance.Equals(plain, withSynonyms));
        Assert.Equal(ReplyCards.Build(plain)!.ToJsonString(), ReplyCards.Build(withSynonyms)!.ToJsonString());
    }

    [Fact]
    public void VerdictReasonsAndTipsAreComparedItemByItem()
    {
        VerdictCard Verdict(string tip) => new(VerdictKind.GoAheadWithCare, "Met zorg", "Let op.")
        {
            Reasons = [new VerdictReason("Het gaat om een klant.", "customers", "Klanten")],
            Tips = [tip],
        };
        var one = new MessageReply("Met zorg (cache 4)") { FromContent = true, Card = Verdict("Vraag toestemming.") };
        var same = new MessageReply("Met zorg (cache 4)") { FromContent = true, Card = Verdict("Vraag toestemming.") };
        var other = new MessageReply("Met zorg (cache 4)") { FromContent = true, Card = Verdict("Noem geen namen.") };

        Assert.True(ReplyComparer.Instance.Equals(one, same));
        Assert.False(ReplyComparer.Instance.Equals(one, other));
        Assert.Contains("Noem geen namen.", ReplyCards.Build(other)!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyRepliesMadeFromTheContentAloneAreKept()
    {
        var quotingTheUser = new MessageReply("Send this to marketing?\n\n> May I post about Fabrikam?") { Choices = [new("yes", "Yes"), new("no", "No")] };

        Assert.False(ReplyComparer.IsCacheable(quotingTheUser));
        Assert.True(ReplyComparer.IsCacheable(quotingTheUser with { FromContent = true }));
        Assert.NotNull(ReplyCards.Build(quotingTheUser));
    }

    [Fact]
    public void TicketAndHandoffCardsAreNeverShared()
    {
        var ticket = new MessageReply("Vraag") { FromContent = true, Card = new TicketCard("Vraag van Sam", "Mag ik dit delen?") { Status = "Wacht" } };
        var handoff = new MessageReply("Marketing") { FromContent = true, Card = new HandoffCard("Marketing", "Pers", "Mag ik dit delen?") };

        Assert.False(ReplyComparer.Instance.Equals(ticket, ticket with { }));
        Assert.False(ReplyComparer.Instance.Equals(handoff, handoff with { }));
        Assert.False(ReplyComparer.IsCacheable(ticket));
        Assert.False(ReplyComparer.IsCacheable(handoff));
    }
}
