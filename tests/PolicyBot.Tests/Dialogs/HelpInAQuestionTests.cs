using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// "Help" at the end of a short question is a plea, not the help command: the question is answered. (A short text that
/// contains a menu label is taken as that command, as Teams sends a command-menu pick; the help label used to be one of
/// them, and the command it gave fell through to "nothing in the policy".) "help" alone still shows the help.
/// </summary>
public class HelpInAQuestionTests
{
    private static readonly PolicyContent Content = BundledContentProvider.Bundled;

    [Theory]
    [InlineData("iets verkeerds gepost, help", "nl-NL", "mistake-made")]
    [InlineData("getting trolled, who can help", "en-US", "online-harassment")]
    public async Task AShortQuestionEndingInHelpIsAnswered(string question, string locale, string topic)
    {
        var provider = new BundledContentProvider();
        Assert.Equal(topic, provider.Current.Recognizer.Recognize(question).Topic); // the precondition, not the subject

        var result = await new PolicyBotEngine(provider).OnTurnAsync(TurnInput.Message(question, locale), new ConversationData(), CancellationToken.None);

        var trace = result.Replies.OfType<TraceReply>().First(t => t.Name == RecognizerTrace.Name).Value!;
        Assert.Equal((RecognizerTrace.Answered, topic), ((string?)trace["outcome"], (string?)trace["topic"]));
        var language = LanguageExtensions.FromLocale(locale)!.Value;
        Assert.DoesNotContain(result.Messages, m => m.Text == Content.Message(MessageIds.NoMatch)[language]);
    }

    [Theory]
    [InlineData("help", "en-US")]
    [InlineData("hulp", "nl-NL")]
    // Third user test: "wat kan je allemaal" got "nothing in the policy".
    [InlineData("wat kan je allemaal?", "nl-NL")]
    [InlineData("what can you help me with", "en-US")]
    public async Task TheWordAloneShowsTheHelp(string text, string locale)
    {
        var result = await new PolicyBotEngine(new BundledContentProvider()).OnTurnAsync(TurnInput.Message(text, locale), new ConversationData(), CancellationToken.None);

        Assert.Equal(Content.Message(MessageIds.Help)[LanguageExtensions.FromLocale(locale)!.Value], result.Messages.First().Text);
    }
}
