using PolicyBot.Bot.State;

namespace PolicyBot.Tests.State;

public sealed class SqliteTicketStoreTests : TicketStoreContract, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("policybot-tickets-");

    private string DatabasePath => Path.Combine(_directory.FullName, "policybot.db");

    protected override ITicketStore CreateStore() => new SqliteTicketStore(DatabasePath);

    [Fact]
    public async Task TicketsShareTheFileWithConversationStateAndSurviveANewStore()
    {
        await new SqliteConversationStore(DatabasePath).WriteAsync("msteams/conversations/a:1", new byte[] { 1 }, null, default);
        await CreateStore().CreateAsync(NewTicket("t1", Noon), default);

        var restarted = CreateStore();

        Assert.NotNull(await restarted.GetAsync("t1", default));
        Assert.NotNull(await new SqliteConversationStore(DatabasePath).ReadAsync("msteams/conversations/a:1", default));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
