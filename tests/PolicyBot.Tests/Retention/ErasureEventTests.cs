using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.State;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Retention;

/// <summary>
/// The channel's erasure and uninstall events (PROTOCOL.md §6.4) on the real bot on Kestrel, with a real SQLite file and
/// the fake Bot Connector: each removes the conversation's (or the user's) data and writes nothing back.
/// </summary>
public sealed class ErasureEventTests : IAsyncLifetime
{
    private const string Channel = "19:team-channel@thread.tacv2";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("policybot-erasure-");
    private FakeConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = await BotHost.StartAsync(new TestBot(), null, "Storage:Provider=sqlite", $"Storage:SqlitePath={Path.Combine(_folder.FullName, "state.db")}");
    }

    [Fact]
    public async Task UninstallFromAPersonalChatRemovesItsStateAndReference()
    {
        await PostAsync(TestActivities.Message(_connector.Url, "hello"));
        Assert.NotNull(await ReadAsync(StorageKeys.Conversation("msteams", "a:conv-1")));
        var reference = System.Text.Encoding.UTF8.GetString((await ReadAsync(StorageKeys.Reference("msteams", "a:conv-1")))!.Data.Span);
        Assert.Contains(TestActivities.UserId, reference, StringComparison.Ordinal);
        Assert.DoesNotContain("Megan", reference, StringComparison.Ordinal);

        var remove = TestActivities.Message(_connector.Url, null);
        remove.Remove("text");
        remove["type"] = "installationUpdate";
        remove["action"] = "remove";
        await PostAsync(remove);

        Assert.Null(await ReadAsync(StorageKeys.Conversation("msteams", "a:conv-1")));
        Assert.Null(await ReadAsync(StorageKeys.Reference("msteams", "a:conv-1")));
        Assert.Contains(_host.Logs.Lines, l => l.Contains("[603]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheBotRemovedFromATeamForgetsTheChannelsReference()
    {
        var message = TestActivities.Message(_connector.Url, "hello", Channel);
        message["conversation"]!["conversationType"] = "channel";
        await PostAsync(message);
        Assert.NotNull(await ReadAsync(StorageKeys.Reference("msteams", Channel)));

        var removed = TestActivities.Message(_connector.Url, null, Channel);
        removed.Remove("text");
        removed["type"] = "conversationUpdate";
        removed["conversation"]!["conversationType"] = "channel";
        removed["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = TestActivities.BotId });
        await PostAsync(removed);

        Assert.Null(await ReadAsync(StorageKeys.Reference("msteams", Channel)));
        Assert.Null(await ReadAsync(StorageKeys.Conversation("msteams", Channel)));
    }

    [Fact]
    public async Task AnotherMemberLeavingAChannelRemovesNothing()
    {
        var message = TestActivities.Message(_connector.Url, "hello", Channel);
        await PostAsync(message);

        var removed = TestActivities.Message(_connector.Url, null, Channel);
        removed.Remove("text");
        removed["type"] = "conversationUpdate";
        removed["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "29:someone-else" });
        await PostAsync(removed);

        Assert.NotNull(await ReadAsync(StorageKeys.Conversation("msteams", Channel)));
    }

    [Fact]
    public async Task DeleteUserDataRemovesTheUsersChatsAndTicketsEverywhere()
    {
        await PostAsync(TestActivities.Message(_connector.Url, "hello"));
        await PostAsync(TestActivities.Message(_connector.Url, "hello again", "a:conv-2"));
        var other = TestActivities.Message(_connector.Url, "hello", "a:someone-elses");
        other["from"]!["id"] = "29:user-2";
        await PostAsync(other);
        var tickets = _host.Services.GetRequiredService<ITicketStore>();
        await tickets.CreateAsync(RetentionContract.NewTicket("00000000dd", DateTimeOffset.UtcNow, "a:asked-elsewhere", TestActivities.UserId), default);

        var delete = TestActivities.Message(_connector.Url, null);
        delete.Remove("text");
        delete["type"] = "deleteUserData";
        await PostAsync(delete);

        foreach (var conversation in new[] { "a:conv-1", "a:conv-2" })
        {
            Assert.Null(await ReadAsync(StorageKeys.Conversation("msteams", conversation)));
            Assert.Null(await ReadAsync(StorageKeys.Reference("msteams", conversation)));
        }
        Assert.Null(await tickets.GetAsync("00000000dd", default));
        Assert.NotNull(await ReadAsync(StorageKeys.Reference("msteams", "a:someone-elses")));
        Assert.NotNull(await ReadAsync(StorageKeys.Conversation("msteams", "a:someone-elses")));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains("hello", StringComparison.Ordinal));
    }

    private async Task PostAsync(JsonObject activity)
    {
        using var response = await _host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<StoredItem?> ReadAsync(string key) => _host.Store.ReadAsync(key, default);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
