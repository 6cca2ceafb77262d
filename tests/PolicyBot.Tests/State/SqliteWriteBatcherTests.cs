using Microsoft.Data.Sqlite;
using PolicyBot.Bot.Insights;
using PolicyBot.Bot.State;

namespace PolicyBot.Tests.State;

public sealed class SqliteWriteBatcherTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("policybot-batcher-");

    private string DatabasePath => Path.Combine(_directory.FullName, "policybot.db");

    [Fact]
    public async Task TheStoresOfOneFileShareOneWriterUntilTheLastLetsGo()
    {
        var connectionString = $"Data Source={DatabasePath}";
        var first = SqliteWriteBatcher.Acquire(DatabasePath, connectionString);
        var second = SqliteWriteBatcher.Acquire(Path.Combine(_directory.FullName, ".", "policybot.db"), connectionString);
        await first.WriteAsync(s => s.Get("CREATE TABLE t (v INTEGER)").ExecuteNonQuery());

        first.Release();
        var stillOpen = await second.WriteAsync(s => s.Get("INSERT INTO t VALUES (1)").ExecuteNonQuery());
        second.Release();
        var reopened = SqliteWriteBatcher.Acquire(DatabasePath, connectionString);

        Assert.Same(first, second);
        Assert.Equal(1, stillOpen);
        Assert.Throws<ObjectDisposedException>(() => { _ = second.WriteAsync(_ => 0); });
        Assert.NotSame(first, reopened);
        Assert.Equal(1L, await reopened.WriteAsync(s => s.Get("SELECT count(*) FROM t").ExecuteScalar()));
        reopened.Release();
    }

    [Fact]
    public async Task AWriteThatThrowsIsRolledBackAloneAndTheRestOfItsBatchIsCommitted()
    {
        var batcher = SqliteWriteBatcher.Acquire(DatabasePath, $"Data Source={DatabasePath}");
        await batcher.WriteAsync(s => s.Get("CREATE TABLE t (v INTEGER)").ExecuteNonQuery());
        var gate = SqliteWriteGate.For(DatabasePath);

        await gate.WaitAsync();
        var writes = new[]
        {
            batcher.WriteAsync(s => Insert(s, 1)),
            batcher.WriteAsync<int>(s => { Insert(s, 2); throw new InvalidOperationException("half done"); }),
            batcher.WriteAsync(s => Insert(s, 3)),
        };
        gate.Release();

        Assert.Equal(1, await writes[0]);
        await Assert.ThrowsAsync<InvalidOperationException>(() => writes[1]);
        Assert.Equal(1, await writes[2]);
        Assert.Equal([1L, 3L], await ValuesAsync());
        batcher.Release();
    }

    [Fact]
    public async Task AnswersAndStateOfOneFileGoThroughOneWriteConnection()
    {
        var state = new SqliteConversationStore(DatabasePath);
        await using var answered = new SqliteAnsweredStore(DatabasePath);
        await state.WriteAsync("msteams/conversations/c", "{}"u8.ToArray(), null, default);
        await answered.AddAsync("msteams/conversations/c", [new("answer-1", "topic", PolicyBot.Dialogs.Language.En)], default);

        var writers = OpenHandlesTo(DatabasePath + "-wal");
        state.Dispose();

        // Readers open the file too, but only the pooled ones, which ClearAllPools closes.
        Assert.Equal(1, writers);
    }

    private static int Insert(SqliteStatements statements, int value)
    {
        var insert = statements.Get("INSERT INTO t VALUES ($v)", "$v");
        insert.Parameters["$v"].Value = value;
        return insert.ExecuteNonQuery();
    }

    private async Task<List<long>> ValuesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT v FROM t ORDER BY v";
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<long>();
        while (await reader.ReadAsync()) values.Add(reader.GetInt64(0));
        return values;
    }

    private static int OpenHandlesTo(string path)
    {
        SqliteConnection.ClearAllPools();
        var full = Path.GetFullPath(path);
        return new DirectoryInfo("/proc/self/fd").GetFiles().Count(fd => fd.LinkTarget == full);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
