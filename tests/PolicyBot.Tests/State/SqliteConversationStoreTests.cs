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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
