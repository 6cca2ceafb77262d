using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Auth;

/// <summary>A bot without <c>MicrosoftAppId</c> runs only in Development or on purpose, and no web page can post to it.</summary>
public sealed class AnonymousBotTests
{
    [Theory]
    [InlineData("Production", false, false)]
    [InlineData("Staging", false, false)]
    [InlineData("Production", true, true)]
    [InlineData("Development", false, true)]
    public async Task AnonymousBotOutsideDevelopmentStartsOnlyOnPurpose(string environment, bool allow, bool starts)
    {
        var start = BotHost.StartAsync(new TestBot(), null, $"environment={environment}", $"Bot:AllowAnonymous={allow}");

        if (starts)
        {
            await using var host = await start;
            return;
        }
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => start);
        Assert.Contains("Bot:AllowAnonymous=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuiltBotWithoutCredentialsInProductionExitsWithAClearMessage()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-anonymous-");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "PolicyBot.Bot.dll"), "--urls", "http://127.0.0.1:0", "--environment", "Production" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The anonymous bot started in Production.");
        }

        Assert.Equal(1, process.ExitCode);
        var message = await errors;
        Assert.Contains("PolicyBot did not start: MicrosoftAppId is not set", message, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowAnonymous=true", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message + await output, StringComparison.Ordinal);
        folder.Delete(recursive: true);
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "http://localhost:8080")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task RequestFromAnotherOriginsWebPageIsRefused(string header, string value)
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);
        using var request = Post(TestActivities.Message(connector.Url, "hi").ToJsonString(), "application/json");
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(bot.Inputs);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task TheBotsOwnPreviewPageMayPost()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());
        using var request = Post(TestActivities.Message(connector.Url, "hi").ToJsonString(), "application/json");
        request.Headers.TryAddWithoutValidation("Origin", host.Client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task BodyWithoutAContentTypeIsRefused()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);

        using var response = await host.Client.SendAsync(Post(TestActivities.Message(connector.Url, "hi").ToJsonString(), null));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(bot.Inputs);
    }

    private static HttpRequestMessage Post(string body, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null) content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
    }
}
