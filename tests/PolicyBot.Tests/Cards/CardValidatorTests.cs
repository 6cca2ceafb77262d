using System.Text.Json.Nodes;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Cards;

public class CardValidatorTests
{
    private static JsonObject ValidCard() => ReplyCards.Build(new MessageReply("Kies")
    {
        Choices = [new("a", "A")],
        Links = [new("Site", "https://example.com")],
    })!;

    private static JsonObject CardWith(JsonObject element, JsonObject? action = null)
    {
        var card = ValidCard();
        card["body"]!.AsArray().Add(element);
        if (action is not null) card["actions"]!.AsArray().Add(action);
        return card;
    }

    [Fact]
    public void BuiltCardPasses()
    {
        Assert.Empty(CardValidator.Validate(ValidCard()));
    }

    [Fact]
    public void MissingTypeAndVersionAreReported()
    {
        var card = ValidCard();
        card.Remove("type");
        card.Remove("version");

        var problems = CardValidator.Validate(card);

        Assert.Contains(problems, p => p.Contains("version is missing"));
        Assert.Contains(problems, p => p.Contains("type must be AdaptiveCard"));
    }

    [Theory]
    [InlineData("1.6")]
    [InlineData("2.0")]
    [InlineData("latest")]
    public void VersionAboveTeamsLimitIsReported(string version)
    {
        var card = ValidCard();
        card["version"] = version;

        Assert.Contains(CardValidator.Validate(card), p => p.Contains($"version {version}"));
    }

    [Fact]
    public void UnknownElementAndActionTypesAreReported()
    {
        var card = CardWith(
            new JsonObject { ["type"] = "Container", ["items"] = new JsonArray(new JsonObject { ["type"] = "Table" }) },
            new JsonObject { ["type"] = "Action.Popover", ["title"] = "x" });

        var problems = CardValidator.Validate(card);

        Assert.Contains(problems, p => p.Contains("unknown element type 'Table'") && p.Contains(".items[0]"));
        Assert.Contains(problems, p => p.Contains("unknown action type 'Action.Popover'"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("policy.html")]
    [InlineData("")]
    public void OpenUrlWithoutAbsoluteUrlIsReported(string? url)
    {
        var action = new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "x" };
        if (url is not null) action["url"] = url;

        Assert.Contains(CardValidator.Validate(CardWith(new JsonObject { ["type"] = "TextBlock", ["text"] = "t" }, action)),
            p => p.Contains("absolute url"));
    }

    [Fact]
    public void SubmitWhoseDataIsNotAnObjectIsReported()
    {
        var inActionSet = new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Ja", ["data"] = "yes" }),
        };

        var problems = CardValidator.Validate(CardWith(inActionSet, new JsonObject { ["type"] = "Action.Submit", ["title"] = "Nee" }));

        Assert.Equal(2, problems.Count(p => p.Contains("data must be an object")));
    }

    [Fact]
    public void DuplicateIdsAndInputsWithoutIdAreReported()
    {
        var card = CardWith(new JsonObject
        {
            ["type"] = "Container",
            ["items"] = new JsonArray(
                new JsonObject { ["type"] = "Input.Text", ["id"] = "question" },
                new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = "question" },
                new JsonObject { ["type"] = "Input.Toggle", ["title"] = "ok" }),
        });

        var problems = CardValidator.Validate(card);

        Assert.Contains(problems, p => p.Contains("id 'question' is not unique"));
        Assert.Contains(problems, p => p.Contains("input needs an id"));
    }

    [Fact]
    public void ShowCardContentIsCheckedToo()
    {
        var nested = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "Media" }),
        };

        var problems = CardValidator.Validate(CardWith(
            new JsonObject { ["type"] = "TextBlock", ["text"] = "t" },
            new JsonObject { ["type"] = "Action.ShowCard", ["title"] = "Meer", ["card"] = nested }));

        Assert.Contains(problems, p => p.Contains("unknown element type 'Media'") && p.Contains(".card.body[0]"));
    }

    [Fact]
    public void OversizedCardIsReported()
    {
        var card = CardWith(new JsonObject { ["type"] = "TextBlock", ["text"] = new string('x', CardLimits.MaxCardBytes) });

        Assert.False(CardLimits.Fits(card));
        Assert.Contains(CardValidator.Validate(card), p => p.Contains("bytes, over"));
    }

    [Fact]
    public void SizeCountsEscapedNonAsciiText()
    {
        var ascii = new JsonObject { ["text"] = "ee" };
        var dutch = new JsonObject { ["text"] = "éé" };

        Assert.True(CardLimits.SizeInBytes(dutch) > CardLimits.SizeInBytes(ascii));
    }
}
