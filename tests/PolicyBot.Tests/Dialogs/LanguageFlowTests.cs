using System.Text.Json;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using Lang = PolicyBot.Dialogs.Language;

namespace PolicyBot.Tests.Dialogs;

/// <summary>The conversation's language follows the employee (issue 14 item 5).</summary>
public class LanguageFlowTests
{
    private static DialogTestFlow Flow(string? locale) => new(new PolicyBotEngine(new SwappableContent(TestContent.Build())), locale);

    private static TurnInput Press(ButtonAction action, string? locale) =>
        new() { Value = JsonSerializer.SerializeToElement(ButtonActions.ToData(action)), Locale = locale };

    [Fact]
    public async Task AWelcomeWithoutLocaleGivesWayToTheLocaleOfTheFirstMessage()
    {
        await Flow(locale: null)
            .Welcome()
            .AssertReply("en:welcome")
            .AssertState(s => Assert.True(s.LanguageGuessed))
            .Send(Press(Commands.Topics, "nl-NL"))
            .AssertReply("nl:topics-list")
            .Send(Press(Commands.Topics, "en-US"))
            .AssertReply("nl:topics-list")
            .AssertState(s => { Assert.Equal(Lang.Nl, s.Language); Assert.False(s.LanguageGuessed); })
            .RunAsync();
    }

    [Fact]
    public async Task ALanguageTheChannelGaveIsKeptForShortAnswers()
    {
        await Flow("en-US")
            .Welcome()
            .AssertReply("en:welcome")
            .Send(Press(Commands.Topics, "nl-NL"))
            .AssertReply("en:topics-list")
            .RunAsync();
    }

    [Theory]
    [InlineData("en-US", "hulp", "nl:help")]
    [InlineData("en-US", "Annuleer", "nl:nothing-to-cancel")]
    [InlineData("nl-NL", "cancel", "en:nothing-to-cancel")]
    [InlineData("en-US", "help", "en:help")]
    [InlineData("nl-NL", "help", "nl:help")]
    [InlineData("nl-NL", "stop", "nl:nothing-to-cancel")]
    // start over and back, with nothing to go back to, show the welcome in their own language
    [InlineData("en-US", "opnieuw", "nl:welcome")]
    [InlineData("en-US", "terug", "nl:welcome")]
    [InlineData("nl-NL", "start over", "en:welcome")]
    [InlineData("nl-NL", "back", "en:welcome")]
    public async Task ACommandWordOnlyOneLanguageUsesAnswersInThatLanguage(string locale, string word, string expected)
    {
        await Flow(locale)
            .Welcome()
            .SkipReplies()
            .Send(word)
            .AssertReply(expected)
            .RunAsync();
    }

    /// <summary>
    /// Web Chat check (eleventh session): "back" typed in a Dutch chat turned the rest of the check English, up to the
    /// verdict, although every press said nl-NL. The word is answered in its language; the conversation keeps its own.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "back", "en:", "nl:")]
    [InlineData("en-US", "terug", "nl:", "en:")]
    public async Task AWordOfTheOtherLanguageAnswersOnlyThatTurn(string locale, string word, string thisTurn, string after)
    {
        await Flow(locale)
            .Welcome()
            .SkipReplies()
            .Send(Press(Commands.Topics, locale))
            .SkipReplies()
            .Send(word)
            .AssertReply(r => Assert.StartsWith(thisTurn, r.Text))
            .SkipReplies()
            .Send(Press(Commands.Topics, locale))
            .AssertReply(after + "topics-list")
            .AssertState(s => Assert.Equal(after == "nl:" ? Lang.Nl : Lang.En, s.Language))
            .RunAsync();
    }
}
