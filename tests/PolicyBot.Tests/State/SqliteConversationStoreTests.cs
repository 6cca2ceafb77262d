using System.Text;
using Microsoft.Data.Sqlite;
using PolicyBot.Bot.State;

namespace PolicyBot.Tests.State;

public sealed class SqliteConversationStoreTests : ConversationStoreContract, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("policybot-sqlite-");

    private string DatabasePath => Path.Combine(_directory.FullName, "data", "policybot.db");

    protected override IConversationStore CreateStore() => new SqliteConversationStore(DatabasePath);

    [Fact]
    public async Task ANewStoreOnTheSameFileSeesTheData()
    {
        var written = await CreateStore().WriteAsync("emulator/conversations/c|livechat", Encoding.UTF8.GetBytes("kept"), null, default);

        var restarted = CreateStore();
        var read = await restarted.ReadAsync("emulator/conversations/c|livechat", default);

        Assert.Equal("kept", Encoding.UTF8.GetString(read!.Data.Span));
        Assert.Equal(written.ETag, read.ETag);
        Assert.True((await restarted.WriteAsync("emulator/conversations/c|livechat", Encoding.UTF8.GetBytes("x"), "0", default)).IsConflict);
    }

    [Fact]
    public async Task TheFileAndItsFolderAreCreatedInWalMode()
    {
        await CreateStore().ReadAsync("k", default);

        Assert.True(File.Exists(DatabasePath));
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task TwoStoreInstancesOnOneFileDetectEachOthersWrites()
    {
        var mine = CreateStore();
        var theirs = CreateStore();
        var created = await mine.WriteAsync("k", Encoding.UTF8.GetBytes("one"), null, default);
        await theirs.WriteAsync("k", Encoding.UTF8.GetBytes("theirs"), created.ETag, default);

        var result = await mine.WriteAsync("k", Encoding.UTF8.GetBytes("mine"), created.ETag, default);

        Assert.True(result.IsConflict);
    }

    [Fact]
    public async Task ManyWritesAtOnceShareCommitsYetEachKeepsItsOwnOutcomeAndIsInTheFile()
    {
        var store = CreateStore();
        var first = await store.WriteAsync("shared", Encoding.UTF8.GetBytes("v1"), null, default);
        await store.WriteAsync("shared", Encoding.UTF8.GetBytes("v2"), first.ETag, default);

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => i % 2 == 0
            ? store.WriteAsync($"k{i}", Encoding.UTF8.GetBytes($"value {i}"), null, default)
            : store.WriteAsync("shared", Encoding.UTF8.GetBytes($"stale {i}"), first.ETag, default)));

        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.False(r.IsConflict));
        Assert.All(results.Where((_, i) => i % 2 == 1), r => Assert.True(r.IsConflict));
        var reopened = CreateStore();
        for (var i = 0; i < 200; i += 2) Assert.Equal($"value {i}", Encoding.UTF8.GetString((await reopened.ReadAsync($"k{i}", default))!.Data.Span));
        Assert.Equal("v2", Encoding.UTF8.GetString((await reopened.ReadAsync("shared", default))!.Data.Span));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
