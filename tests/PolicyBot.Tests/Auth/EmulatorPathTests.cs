using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.State;

namespace PolicyBot.Tests.Auth;

/// <summary>
/// The Emulator path (PROTOCOL.md §4.3) only lets in what the Emulator gets with the bot's own credentials, only where
/// it is switched on, and never makes its serviceUrl a place for the bot's app token.
/// </summary>
public sealed class EmulatorPathTests
{
    private const string AllowEmulator = "Bot:AllowEmulator=true";

    [Theory]
    [InlineData("audience of the App ID URI")]
    [InlineData("audience of another app")]
    [InlineData("delegated token (scp)")]
    [InlineData("no ver claim")]
    public async Task EmulatorTokenThatTheBotsOwnCredentialsDidNotMakeIsRejected(string problem)
    {
        await using var bed = await AuthedBot.StartAsync(AllowEmulator);
        var token = problem switch
        {
            "audience of the App ID URI" => TestKeys.EmulatorToken("2.0", audience: "api://" + TestKeys.AppId),
            "audience of another app" => TestKeys.EmulatorToken("1.0", audience: "00000000-0000-0000-0000-000000000000"),
            "delegated token (scp)" => TestKeys.EmulatorToken("2.0", scope: "access_as_user"),
            "no ver claim" => TestKeys.EmulatorToken(null),
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        using var response = await bed.PostWithTokenAsync(bed.EmulatorMessage(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bed.Bot.Inputs);
        Assert.Empty(bed.Connector.Requests);
    }

    [Fact]
    public async Task EmulatorTokenCannotSpeakForATeamsConversationNorRewriteItsReference()
    {
        await using var bed = await AuthedBot.StartAsync(AllowEmulator);
        var teamsMessage = bed.Message();

        using var response = await bed.PostWithTokenAsync(teamsMessage, TestKeys.EmulatorToken("2.0"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bed.Bot.Inputs);
        Assert.Null(await bed.Host.Store.ReadAsync(StorageKeys.Reference("msteams", "a:conv-1"), default));
    }

    [Theory]
    [InlineData("Production", false, HttpStatusCode.Unauthorized)]
    [InlineData("Production", true, HttpStatusCode.OK)]
    [InlineData("Development", false, HttpStatusCode.OK)]
    public async Task EmulatorPathIsOffOutsideDevelopmentUnlessAllowed(string environment, bool allow, HttpStatusCode expected)
    {
        await using var bed = await AuthedBot.StartAsync($"environment={environment}", $"Bot:AllowEmulator={allow}");

        using var response = await bed.PostWithTokenAsync(bed.EmulatorMessage(), TestKeys.EmulatorToken("2.0"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? 1 : 0, bed.Bot.Inputs.Count);
    }

    [Fact]
    public async Task RepliesOnTheEmulatorPathGoOutWithoutTheAppToken()
    {
        await using var bed = await AuthedBot.StartAsync(AllowEmulator);

        using var response = await bed.PostWithTokenAsync(bed.EmulatorMessage(), TestKeys.EmulatorToken("1.0"));
        var proactive = await bed.Host.Services.GetRequiredService<ConnectorClient>().SendAsync(new Activity
        {
            Type = ActivityTypes.Message,
            ServiceUrl = bed.Connector.Url,
            Conversation = new ConversationAccount { Id = "conv-1|livechat" },
            Text = "later",
        }, default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(proactive);
        Assert.True(bed.Connector.Requests.Count >= 2);
        Assert.All(bed.Connector.Requests, r => Assert.False(r.Headers.ContainsKey("Authorization")));
        Assert.Empty(bed.Identity.TokenRequests);
    }

    [Fact]
    public async Task ServiceUrlThatLaterArrivesFromTheChannelGetsTheToken()
    {
        await using var bed = await AuthedBot.StartAsync(AllowEmulator);
        using var fromEmulator = await bed.PostWithTokenAsync(bed.EmulatorMessage(), TestKeys.EmulatorToken("2.0"));
        var emulatorReplies = bed.Connector.Requests.Count;

        using var fromChannel = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url));

        Assert.Equal(HttpStatusCode.OK, fromChannel.StatusCode);
        Assert.All(bed.Connector.Requests.Skip(emulatorReplies), r => Assert.Equal("Bearer " + FakeIdentityServer.IssuedToken(1), r.Headers["Authorization"]));
    }
}
