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
        Assert.Contains(problems, p => p.Contains("type is missing"));
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
            new JsonObject { ["type"] = "Container", ["items"] = new JsonArray(new JsonObject { ["type"] = "Carousel" }) },
            new JsonObject { ["type"] = "Action.Popover", ["title"] = "x" });

        var problems = CardValidator.Validate(card);

        // Carousel is Adaptive Cards 1.6, Action.Popover no Adaptive Card action at all.
        Assert.Contains(problems, p => p.Contains(".items[0]: unknown type 'Carousel'"));
        Assert.Contains(problems, p => p.Contains("unknown type 'Action.Popover'"));
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
        Assert.Contains(problems, p => p.Contains(".items[2]: missing required property 'id'"));
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

        Assert.Contains(problems, p => p.Contains(".card.body[0]: missing required property 'sources'"));
    }

    [Fact]
    public void PropertiesAndValuesTheSchemaDoesNotKnowAreReported()
    {
        var card = CardWith(new JsonObject { ["type"] = "TextBlock", ["text"] = "t", ["colour"] = "Good", ["weight"] = "Heavy" });

        var problems = CardValidator.Validate(card);

        Assert.Contains(problems, p => p.EndsWith(".colour: property 'colour' is not allowed"));
        Assert.Contains(problems, p => p.Contains(".weight: must be one of") && p.Contains("\"bolder\"", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void TeamsFullWidthIsTheOneMsteamsPropertyAllowed()
    {
        var full = ValidCard();
        full["msteams"] = new JsonObject { ["width"] = "Full" };
        var wide = ValidCard();
        wide["msteams"] = new JsonObject { ["width"] = "Wide", ["entities"] = new JsonArray() };

        var problems = CardValidator.Validate(wide);

        Assert.Empty(CardValidator.Validate(full));
        Assert.Contains(problems, p => p.StartsWith("$.msteams.width: must be one of \"Full\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.msteams.entities: property 'entities' is not allowed", StringComparison.Ordinal));
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
