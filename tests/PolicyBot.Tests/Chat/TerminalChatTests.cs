using PolicyBot.Bot.Commands;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Tests.Dialogs;

namespace PolicyBot.Tests.Chat;

public class TerminalChatTests
{
    [Fact]
    public async Task PipedInputGetsTheWelcomeNumberedChoicesAndEndsAtEndOfInput()
    {
        var bot = new PolicyBotEngine(new SwappableContent(TestContent.Build()));
        var output = new StringWriter();
        var chat = new TerminalChat(bot, new StringReader("1\nnews\n\n2\n"), output, echoInput: true);

        var exitCode = await chat.RunAsync("en-US", CancellationToken.None);

        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Equal(0, exitCode);
        Assert.Equal("en:welcome", lines[0]);
        Assert.Equal("  [1] en:button-check", lines[1]);
        Assert.Contains("> 1", lines);
        Assert.Contains("en:check-intro", lines);
        Assert.Contains("  [2] A photo", lines);
        Assert.Contains("> news", lines);
        Assert.Contains("en:q-secret", lines);
        Assert.Contains("== en:title-GoAhead ==", lines);
    }

    [Fact]
    public async Task VerdictPrintsReasonsAndTipsAsText()
    {
        var bot = new PolicyBotEngine(new SwappableContent(TestContent.Build()));
        var output = new StringWriter();

        await new TerminalChat(bot, new StringReader("1\n2\n1\n"), output, echoInput: true).RunAsync(null, CancellationToken.None);

        var text = output.ToString();
        Assert.Contains("en:verdict-reasons:", text);
        Assert.Contains("  - en:reason-secret (en:title-confidential-information)", text);
        Assert.Contains("en:verdict-tips:", text);
        Assert.Contains("  - en:tip", text);
    }
}
