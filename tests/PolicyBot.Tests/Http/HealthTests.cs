using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.State;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Http;

public sealed class HealthTests
{
    [Fact]
    public async Task HealthzIsHealthyWithTheDefaultSqliteStore()
    {
        var directory = Directory.CreateTempSubdirectory("policybot-health-");
        var path = Path.Combine(directory.FullName, "nested", "bot.db");
        try
        {
            await using var host = await BotHost.StartAsync(new TestBot(), null, "Storage:Provider=sqlite", $"Storage:SqlitePath={path}");

            var response = await host.Client.GetAsync("/healthz");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
            Assert.IsType<SqliteConversationStore>(Assert.IsType<CachingConversationStore>(host.Store).Inner);
            Assert.True(File.Exists(path));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task HealthzIsUnhealthyWhenTheStoreIsUnreachable()
    {
        await using var host = await BotHost.StartAsync(new TestBot(), b => b.Services.AddSingleton<IConversationStore>(new BrokenStore()));

        var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    private sealed class BrokenStore : IConversationStore
    {
        public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken) => throw new IOException("disk gone");

        public Task<StoreWriteResult> WriteAsync(string key, ReadOnlyMemory<byte> data, string? expectedETag, CancellationToken cancellationToken) =>
            throw new IOException("disk gone");

        public Task DeleteAsync(string key, CancellationToken cancellationToken) => throw new IOException("disk gone");
    }
}
