using System.Text;
using Microsoft.Data.Sqlite;
using PolicyBot.Bot.State;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.State;

/// <summary>The SQLite provider's cache keeps every store contract, saves the reads, and never hides another writer.</summary>
public sealed class CachingConversationStoreTests : ConversationStoreContract, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("policybot-cache-");

    private string DatabasePath => Path.Combine(_directory.FullName, "policybot.db");

    protected override IConversationStore CreateStore() => new CachingConversationStore(new SqliteConversationStore(DatabasePath), 100);

    [Fact]
    public async Task WhatWasWrittenIsReadBackWithoutAskingTheStore()
    {
        var inner = new CountingStore(new MemoryConversationStore());
        var store = new CachingConversationStore(inner, 100);

        var written = await store.WriteAsync("k", Bytes("one"), null, default);
        var first = await store.ReadAsync("k", default);
        var second = await store.ReadAsync("k", default);

        Assert.Equal((written.ETag, "one"), (first!.ETag, Text(first)));
        Assert.Equal((written.ETag, "one"), (second!.ETag, Text(second)));
        Assert.Equal(0, inner.Reads);
    }

    [Fact]
    public async Task AnotherWriterMakesTheCachedTurnConflictAndTheNextReadSeesItsData()
    {
        var mine = CreateStore();
        var theirs = new SqliteConversationStore(DatabasePath);
        var created = await mine.WriteAsync("k", Bytes("one"), null, default);
        var theirWrite = await theirs.WriteAsync("k", Bytes("theirs"), created.ETag, default);

        var stale = await mine.ReadAsync("k", default);
        var conflict = await mine.WriteAsync("k", Bytes("mine"), stale!.ETag, default);
        var fresh = await mine.ReadAsync("k", default);

        Assert.True(conflict.IsConflict);
        Assert.Equal((theirWrite.ETag, "theirs"), (fresh!.ETag, Text(fresh)));
    }

    [Fact]
    public async Task AFailedWriteLeavesNothingCachedThatTheStoreMayNotHold()
    {
        var inner = new CountingStore(new MemoryConversationStore());
        var store = new CachingConversationStore(inner, 100);
        await store.WriteAsync("k", Bytes("one"), null, default);
        var etag = (await store.ReadAsync("k", default))!.ETag;

        inner.FailWrites = true;
        await Assert.ThrowsAsync<IOException>(() => store.WriteAsync("k", Bytes("two"), etag, default));
        inner.FailWrites = false;
        var read = await store.ReadAsync("k", default);

        Assert.Equal("one", Text(read!));
        Assert.Equal(1, inner.Reads);
    }

    [Fact]
    public async Task AReadThatReturnsAfterAWriteDoesNotCacheTheOlderItem()
    {
        var (inner, store, created) = await StoredButNotCachedAsync();
        var slow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        inner.HoldReads = slow.Task;

        var staleRead = store.ReadAsync("k", default);
        inner.HoldReads = null;
        var written = await store.WriteAsync("k", Bytes("two"), created.ETag, default);
        slow.SetResult();
        var stale = await staleRead;
        var next = await store.ReadAsync("k", default);

        Assert.Equal("one", Text(stale!));
        Assert.Equal((written.ETag, "two"), (next!.ETag, Text(next)));
    }

    [Fact]
    public async Task AReadThatReturnsAfterADeleteDoesNotCacheTheDeletedItem()
    {
        var (inner, store, _) = await StoredButNotCachedAsync();
        var slow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        inner.HoldReads = slow.Task;

        var staleRead = store.ReadAsync("k", default);
        inner.HoldReads = null;
        await store.DeleteAsync("k", default);
        slow.SetResult();
        await staleRead;

        Assert.Null(await store.ReadAsync("k", default));
    }

    [Fact]
    public async Task AReadDuringASlowDeleteDoesNotCacheTheDeletedItem()
    {
        // Review 69: the read begins after the delete began and fetches the item before it is gone.
        var (inner, store, _) = await StoredButNotCachedAsync();
        var slowDelete = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        inner.HoldDeletes = slowDelete.Task;

        var deleting = store.DeleteAsync("k", default);
        var read = await store.ReadAsync("k", default);
        slowDelete.SetResult();
        await deleting;

        Assert.Equal("one", Text(read!));
        Assert.Null(await store.ReadAsync("k", default));
    }

    [Fact]
    public async Task TheCacheStaysWithinItsCapacity()
    {
        var inner = new CountingStore(new MemoryConversationStore());
        var store = new CachingConversationStore(inner, 50);

        for (var i = 0; i < 500; i++) await store.WriteAsync($"k{i}", Bytes($"v{i}"), null, default);
        for (var i = 0; i < 500; i++) Assert.Equal($"v{i}", Text((await store.ReadAsync($"k{i}", default))!));

        Assert.InRange(inner.Reads, 450, 500);
    }

    /// <summary>A cache over a store holding "one" at "k", evicted, so the next read goes to the store.</summary>
    private static async Task<(CountingStore Inner, CachingConversationStore Store, StoreWriteResult Created)> StoredButNotCachedAsync()
    {
        var inner = new CountingStore(new MemoryConversationStore());
        var store = new CachingConversationStore(inner, 100);
        var created = await store.WriteAsync("k", Bytes("one"), null, default);
        store.Evict("k");
        return (inner, store, created);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(StoredItem item) => Encoding.UTF8.GetString(item.Data.Span);
}
