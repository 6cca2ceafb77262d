using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Handoff;
using PolicyBot.Bot.State;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.State;

public sealed class StorageKeysTests
{
    [Fact]
    public void AChannelIdWithASlashCannotNameAnotherConversationsReference()
    {
        Assert.NotEqual(StorageKeys.Reference("x", "conversations/y"), StorageKeys.Conversation("x/references", "y"));
        Assert.NotEqual(StorageKeys.Conversation("x", "references/conversations/y"), StorageKeys.Conversation("x/references", "conversations/y"));
    }

    [Fact]
    public void AnEscapedLookingIdStaysApartFromTheIdItLooksLike()
    {
        Assert.NotEqual(StorageKeys.Conversation("msteams", "a%2Fb"), StorageKeys.Conversation("msteams", "a/b"));
        Assert.NotEqual(StorageKeys.Reference("x%2Fy", "c"), StorageKeys.Reference("x/y", "c"));
    }

    [Theory]
    [InlineData("x/references", "y", "x%2Freferences/conversations/y")]
    [InlineData("msteams", "conversations/y", "msteams/conversations/conversations%2Fy")]
    [InlineData("msteams", "100%/ok", "msteams/conversations/100%25%2Fok")]
    public void PercentAndSlashInsideIdsArePercentEncoded(string channelId, string conversationId, string expected)
    {
        Assert.Equal(expected, StorageKeys.Conversation(channelId, conversationId));
    }

    [Theory]
    [InlineData("msteams", "a:1HkvRlcnwTPRVNgpKjUqzgcEr0pbcw3q-SVOCG5x7n3Jw")]
    [InlineData("msteams", "19:abc123@thread.tacv2;messageid=1700000000000")]
    [InlineData("emulator", "8a3f2c10-44f1-11ef-9a7e-1d6a3b1f0c2e|livechat")]
    [InlineData("directline", "D5sWZ6LXuE3KCm0y0W6uQa-us")]
    public void KeysOfIdsWithoutPercentOrSlashAreTheSdksKeys(string channelId, string conversationId)
    {
        Assert.Equal($"{channelId}/conversations/{conversationId}", StorageKeys.Conversation(channelId, conversationId));
        Assert.Equal($"{channelId}/references/{conversationId}", StorageKeys.Reference(channelId, conversationId));
    }

    [Fact]
    public async Task AConversationOnAChannelNamedLikeAKeyPrefixKeepsItsOwnStateAndLeavesTheReferenceAlone()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());
        await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi", "conversations/y", "x"));
        var seen = connector.Requests.Count;

        var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi", "y", "x/references"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["echo hi", "turn 1"], connector.Requests.Skip(seen).Select(r => (string?)r.Json["text"]));
        var reference = await host.Services.GetRequiredService<ConversationReferences>().FindAsync("conversations/y", ["x"], default);
        Assert.Equal("conversations/y", reference?.Conversation?.Id);
        Assert.Equal(connector.Url, reference?.ServiceUrl);
    }
}
