using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PolicyBot.Bot.State;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Reliability;

/// <summary>
/// A PostgreSQL host that takes the connection and then says nothing (a hung server, a firewall that swallows packets):
/// opening a connection gives up within the turn's budget, not after Npgsql's 15 s.
/// </summary>
public sealed class SilentDatabaseTests
{
    [Fact]
    public async Task TurnAgainstADatabaseThatNeverAnswersGetsTheErrorReplyWithinSeconds()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var held = new List<Socket>();
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested) held.Add(await silent.AcceptSocketAsync(stop.Token));
        });
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot(), null, "Storage:Provider=postgres",
            $"Storage:PostgresConnectionString=Host=127.0.0.1;Port={port};Username=policybot;Database=policybot");

        var clock = Stopwatch.StartNew();
        using var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the turn took {clock.Elapsed}");
        Assert.Equal(["Sorry, that went wrong."], connector.Requests.Select(r => (string?)r.Json["text"]));
        Assert.NotEmpty(held);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => accepting);
        foreach (var socket in held) socket.Dispose();
    }

    [Theory]
    [InlineData("Host=db;Database=policybot", 3)]
    [InlineData("Host=db;Database=policybot;Timeout=9", 9)]
    [InlineData("Host=db;Database=policybot;timeout=15", 15)]
    public void ConnectTimeoutIsTheSettingUnlessTheConnectionStringSetsOne(string connectionString, int seconds)
    {
        using var dataSource = PostgresSchema.CreateDataSource(connectionString, null, TimeSpan.FromSeconds(3));

        Assert.Equal(seconds, new Npgsql.NpgsqlConnectionStringBuilder(dataSource.ConnectionString).Timeout);
    }
}
