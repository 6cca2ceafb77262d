using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Preview;

/// <summary>
/// The bot in Microsoft's Web Chat (<c>botframework-webchat</c> from npm) in headless Chromium, through a Direct Line
/// stand-in on 127.0.0.1 (<c>preview/tests/webchat.test.mjs</c> and <c>directline.mjs</c>).
/// </summary>
public sealed class WebChatTests
{
    [BrowserFact("botframework-webchat")]
    public async Task ADutchCheckToItsVerdictAndQuestionsInBothLanguagesWorkInWebChat()
    {
        await using var host = await BotHost.StartAsync(null);

        var (exitCode, output) = await PreviewPageTests.RunInChromiumAsync("tests/webchat.test.mjs", host);

        Assert.True(exitCode == 0, $"webchat.test.mjs exited with {exitCode}:\n{output}");
        Assert.Contains("PASS", output);
        var errors = host.Logs.Lines.Where(line => line.StartsWith("Error ", StringComparison.Ordinal) || line.StartsWith("Critical ", StringComparison.Ordinal));
        Assert.Empty(errors);
    }
}
