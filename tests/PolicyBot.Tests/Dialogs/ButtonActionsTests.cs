using System.Text.Json;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// Button values are typed: each kind of button is written into its card's data as <c>{"verb": …}</c> and read back in
/// one place, and the string values of older cards, still in employees' chats, are read as the same actions.
/// </summary>
public class ButtonActionsTests
{
    public static TheoryData<ButtonAction> EveryKind => new()
    {
        new ChoiceAnswer("photo"),
        new Interrupt(Interruption.Help), new Interrupt(Interruption.Cancel), new Interrupt(Interruption.StartOver), new Interrupt(Interruption.Back),
        new StartCheck(), new StartCheck("what-if-journalist"),
        new ShowTopic("audiences"),
        new PickSuggestion("audiences", "mag ik \"dit\" delen? & meer"), new PickSuggestion("audiences", null),
        new RateAnswer("audiences", true), new RateAnswer("audiences", false),
        new AskOwner("marketing"), new AskOwner("marketing", "3f9a0c1e"),
        new AskOwner("customer-service") { CheckId = "may-i-share", Answers = [new("what", "complaint"), new("secret", "no")] },
        new TakeTicket("ab12cd34ef"),
        new MenuAction(MenuItem.Topics), new MenuAction(MenuItem.Contact), new MenuAction(MenuItem.Quiz), new MenuAction(MenuItem.Scenarios), new MenuAction(MenuItem.NoneOfThese),
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void EveryKindOfButtonReadsBackFromItsCardDataAsTheSameAction(ButtonAction action)
    {
        var data = ButtonActions.ToData(action);

        Assert.Equal("verb", data.First().Key);
        Assert.Equal(action, ButtonActions.From(JsonSerializer.SerializeToElement(data)));
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void AnActionExecuteCarriesTheSameActionAsItsVerbAndData(ButtonAction action)
    {
        var data = ButtonActions.ToData(action);
        var verb = (string)data["verb"]!;
        data.Remove("verb");

        Assert.Equal(action, ButtonActions.From(verb, JsonSerializer.SerializeToElement(data)));
    }

    public static TheoryData<string, ButtonAction> OldCardValues => new()
    {
        { "cmd:check", new StartCheck() },
        { "cmd:topics", new MenuAction(MenuItem.Topics) },
        { "cmd:contact", new MenuAction(MenuItem.Contact) },
        { "cmd:quiz", new MenuAction(MenuItem.Quiz) },
        { "cmd:scenarios", new MenuAction(MenuItem.Scenarios) },
        { "cmd:none-of-these", new MenuAction(MenuItem.NoneOfThese) },
        { "cmd:help", new Interrupt(Interruption.Help) },
        { "cmd:cancel", new Interrupt(Interruption.Cancel) },
        { "cmd:start-over", new Interrupt(Interruption.StartOver) },
        { "cmd:back", new Interrupt(Interruption.Back) },
        { "check:what-if-journalist", new StartCheck("what-if-journalist") },
        { "topic:audiences", new ShowTopic("audiences") },
        { "suggested:audiences?q=mag%20ik%20dit%20delen%3F", new PickSuggestion("audiences", "mag ik dit delen?") },
        { "suggested:audiences", new PickSuggestion("audiences", null) },
        { "feedback:up:audiences", new RateAnswer("audiences", true) },
        { "feedback:down:audiences", new RateAnswer("audiences", false) },
        { "owner:marketing", new AskOwner("marketing") },
        { "owner:marketing?ref=3f9a0c1e", new AskOwner("marketing", "3f9a0c1e") },
        { "owner:customer-service?check=may-i-share&answers=what:complaint,secret:no", new AskOwner("customer-service") { CheckId = "may-i-share", Answers = [new("what", "complaint"), new("secret", "no")] } },
        { "owner:marketing?topic=sales-and-press", new AskOwner("marketing") { TopicId = "sales-and-press" } },
        { "ticket:take:ab12cd34ef", new TakeTicket("ab12cd34ef") },
        { "photo", new ChoiceAnswer("photo") },
        { "cmd:unknown", new ChoiceAnswer("cmd:unknown") },
    };

    [Theory]
    [MemberData(nameof(OldCardValues))]
    public void TheStringValueOfAnOlderCardIsReadAsTheSameAction(string value, ButtonAction expected)
    {
        var submit = JsonSerializer.SerializeToElement(new { choice = value, prompt = "may-i-share/what" });

        Assert.Equal(expected, ButtonActions.From(submit));
    }

    [Theory]
    [InlineData("""{"verb":"topic"}""")]
    [InlineData("""{"verb":"owner","ref":"3f9a0c1e"}""")]
    [InlineData("""{"verb":"feedback","topic":"audiences","helped":"yes"}""")]
    [InlineData("""{"verb":"launch-missiles"}""")]
    [InlineData("""{"verb":7,"choice":"photo"}""")]
    [InlineData("""{"prompt":"may-i-share/what"}""")]
    [InlineData("""["topic:audiences"]""")]
    public void ASubmitThatNamesNoKnownActionIsNone(string json)
    {
        Assert.Null(ButtonActions.From(JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public void AQuestionsChoiceKeepsItsIdUnderChoiceForEveryReaderOfTheCard()
    {
        var data = ButtonActions.ToData(new Choice("photo", "A photo").Action);

        Assert.Equal("""{"verb":"choice","choice":"photo"}""", data.ToJsonString());
    }
}
