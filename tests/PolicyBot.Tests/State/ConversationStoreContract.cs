using System.Text;
using PolicyBot.Bot.State;

namespace PolicyBot.Tests.State;

/// <summary>What every <see cref="IConversationStore"/> must do; each store's test class inherits these facts.</summary>
public abstract class ConversationStoreContract
{
    protected abstract IConversationStore CreateStore();

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(StoredItem? item) => Encoding.UTF8.GetString(item!.Data.Span);

    [Fact]
    public async Task MissingKeyReadsAsNull()
    {
        var store = CreateStore();

        Assert.Null(await store.ReadAsync("emulator/conversations/none", default));
    }

    [Fact]
    public async Task WrittenDataIsReadBackWithItsETag()
    {
        var store = CreateStore();

        var written = await store.WriteAsync("msteams/conversations/a:1", Bytes("one"), null, default);
        var read = await store.ReadAsync("msteams/conversations/a:1", default);

        Assert.False(written.IsConflict);
        Assert.Equal("one", Text(read));
        Assert.Equal(written.ETag, read!.ETag);
    }

    [Fact]
    public async Task WriteWithTheCurrentETagSucceedsAndChangesIt()
    {
        var store = CreateStore();
        var first = await store.WriteAsync("k", Bytes("one"), null, default);

        var second = await store.WriteAsync("k", Bytes("two"), first.ETag, default);

        Assert.False(second.IsConflict);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal("two", Text(await store.ReadAsync("k", default)));
    }

    [Fact]
    public async Task WriteWithAStaleETagIsAConflictAndChangesNothing()
    {
        var store = CreateStore();
        var first = await store.WriteAsync("k", Bytes("one"), null, default);
        await store.WriteAsync("k", Bytes("theirs"), first.ETag, default);

        var mine = await store.WriteAsync("k", Bytes("mine"), first.ETag, default);

        Assert.True(mine.IsConflict);
        Assert.Null(mine.ETag);
        Assert.Equal("theirs", Text(await store.ReadAsync("k", default)));
    }

    [Fact]
    public async Task CreatingAKeySomeoneElseCreatedIsAConflict()
    {
        var store = CreateStore();
        await store.WriteAsync("k", Bytes("theirs"), null, default);

        Assert.True((await store.WriteAsync("k", Bytes("mine"), null, default)).IsConflict);
        Assert.True((await store.WriteAsync("k", Bytes("mine"), "not-a-version", default)).IsConflict);
    }

    [Fact]
    public async Task WildcardETagOverwritesUnconditionally()
    {
        var store = CreateStore();
        await store.WriteAsync("k", Bytes("one"), null, default);

        var result = await store.WriteAsync("k", Bytes("two"), "*", default);

        Assert.False(result.IsConflict);
        Assert.Equal("two", Text(await store.ReadAsync("k", default)));
    }

    [Fact]
    public async Task DeletedKeyReadsAsNullAndCanBeCreatedAgain()
    {
        var store = CreateStore();
        await store.WriteAsync("k", Bytes("one"), null, default);

        await store.DeleteAsync("k", default);

        Assert.Null(await store.ReadAsync("k", default));
        Assert.False((await store.WriteAsync("k", Bytes("again"), null, default)).IsConflict);
    }

    [Fact]
    public async Task ParallelReadModifyWriteLoopsNeverLoseAnUpdate()
    {
        var store = CreateStore();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var current = await store.ReadAsync("counter", default);
                var value = current is null ? 0 : int.Parse(Text(current));
                var result = await store.WriteAsync("counter", Bytes((value + 1).ToString()), current?.ETag, default);
                if (!result.IsConflict) return;
            }
        })));

        Assert.Equal("8", Text(await store.ReadAsync("counter", default)));
    }
}
