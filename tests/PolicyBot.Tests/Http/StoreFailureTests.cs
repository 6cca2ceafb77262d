using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyBot.Bot.State;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Http;

/// <summary>A store that fails (a locked SQLite file, a value the database refuses) never turns into a 500.</summary>
public sealed class StoreFailureTests
{
    [Fact]
    public async Task StoreThatFailsOnEveryCallGetsTheErrorReplyAnd200()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await StartAsync(new FailingStore(_ => true));

        var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Sorry, that went wrong."], connector.Requests.Select(r => (string?)r.Json["text"]));
        var skipped = Assert.Single(host.Logs.Lines, l => l.Contains("[124]", StringComparison.Ordinal));
        Assert.Contains("SqliteException", skipped);
        Assert.Contains("ConversationId=a:conv-1", skipped);
        Assert.Contains(host.Logs.Lines, l => l.Contains("[120]", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("database is locked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StoreThatFailsOnEveryCallReturnsTheErrorReplyForExpectReplies()
    {
        await using var host = await StartAsync(new FailingStore(_ => true));

        var response = await host.PostActivityAsync(TestActivities.Message("http://127.0.0.1:9", "hi").ExpectReplies());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Sorry, that went wrong.", (string?)body["activities"]![0]!["text"]);
    }

    [Fact]
    public async Task FailingToRememberTheConversationReferenceDoesNotFailTheTurn()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await StartAsync(new FailingStore(key => key.Contains("/references/", StringComparison.Ordinal)), bot);

        var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["echo hi", "turn 1"], connector.Requests.Select(r => (string?)r.Json["text"]));
        Assert.Single(bot.Inputs);
        Assert.Contains(host.Logs.Lines, l => l.Contains("[124]", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("[120]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnExceptionOutsideTheTurnIsLoggedAndAnsweredWithTheErrorReplyNot500()
    {
        await using var connector = await FakeConnector.StartAsync();
        // A log sink that fails on "already handled" (event 114), which is written outside the turn's own error handling.
        await using var host = await BotHost.StartAsync(new TestBot(), b => b.Logging.AddProvider(new FailingLoggerProvider(114)), "Bot:ReplayWindow=00:05:00");
        await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["echo hi", "turn 1", "Sorry, that went wrong."], connector.Requests.Select(r => (string?)r.Json["text"]));
        var failure = Assert.Single(host.Logs.Lines, l => l.Contains("[125]", StringComparison.Ordinal));
        Assert.Contains(nameof(LogSinkFailedException), failure);
        Assert.Contains("ConversationId=a:conv-1", failure);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("the log sink failed", StringComparison.Ordinal));
    }

    private static Task<BotHost> StartAsync(IConversationStore store, TestBot? bot = null) =>
        BotHost.StartAsync(bot ?? new TestBot(), b => b.Services.AddSingleton(store));

    /// <summary>A store whose calls for the keys <paramref name="fails"/> picks throw what a locked SQLite file throws.</summary>
    private sealed class FailingStore(Func<string, bool> fails) : IConversationStore
    {
        private readonly MemoryConversationStore _inner = new();

        public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken) =>
            fails(key) ? throw Locked() : _inner.ReadAsync(key, cancellationToken);

        public Task<StoreWriteResult> WriteAsync(string key, ReadOnlyMemory<byte> data, string? expectedETag, CancellationToken cancellationToken) =>
            fails(key) ? throw Locked() : _inner.WriteAsync(key, data, expectedETag, cancellationToken);

        public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
            fails(key) ? throw Locked() : _inner.DeleteAsync(key, cancellationToken);

        private static SqliteException Locked() => new("database is locked", 5);
    }

    private sealed class FailingLoggerProvider(int eventId) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new FailingLogger(eventId);

        public void Dispose()
        {
        }
    }

    private sealed class FailingLogger(int eventId) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId id, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (id.Id == eventId) throw new LogSinkFailedException();
        }
    }

    private sealed class LogSinkFailedException() : Exception("the log sink failed");
}
