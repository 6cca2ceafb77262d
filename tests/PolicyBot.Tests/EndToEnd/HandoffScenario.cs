using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.EndToEnd;

/// <summary>
/// The real bot with the bundled content, except that Marketing has a Teams channel; a fake Bot Connector
/// serves both the owner's channel (at <c>/amer/</c>) and the employee's personal chat (at the root).
/// </summary>
public sealed class HandoffScenario : IAsyncDisposable
{
    public const string Channel = "19:marketing-channel@thread.tacv2";
    public const string EscapedChannel = "19%3Amarketing-channel%40thread.tacv2";
    public const string Employee = "a:employee-chat";
    public const string EscapedEmployee = "a%3Aemployee-chat";
    public const string Question = "Can I post that we are in talks with Fabrikam?";

    private readonly DirectoryInfo _folder;
    private readonly string[] _settings;
    private readonly Action<WebApplicationBuilder>? _configure;

    private HandoffScenario(DirectoryInfo folder, FakeConnector connector, string[] settings, Action<WebApplicationBuilder>? configure)
    {
        _folder = folder;
        Connector = connector;
        _settings = settings;
        _configure = configure;
    }

    public FakeConnector Connector { get; }

    public BotHost Host { get; private set; } = null!;

    public string ChannelServiceUrl => Connector.Url + "/amer/";

    /// <summary>The SQLite file of a scenario started with <c>sqlite: true</c> (state, tickets and usage).</summary>
    public string SqlitePath => Path.Combine(_folder.FullName, "state.db");

    public ITicketStore Tickets => Host.Services.GetRequiredService<ITicketStore>();

    public IEnumerable<RecordedRequest> ToChannel(string method = "POST") =>
        Connector.Requests.Where(r => r.Method == method && r.RawTarget.StartsWith($"/amer/v3/conversations/{EscapedChannel}", StringComparison.Ordinal));

    public IEnumerable<RecordedRequest> ToEmployee() =>
        Connector.Requests.Where(r => r.RawTarget.StartsWith($"/v3/conversations/{EscapedEmployee}/activities", StringComparison.Ordinal));

    /// <param name="sqlite">Keep state and tickets in a SQLite file in the scenario's temp folder.</param>
    public static Task<HandoffScenario> StartAsync(bool sqlite = false, bool withChannel = true, params string[] settings) =>
        StartAsync(null, sqlite, withChannel, settings);

    /// <param name="configure">Changes to every instance's services (e.g. its logging), also after a restart.</param>
    public static async Task<HandoffScenario> StartAsync(Action<WebApplicationBuilder>? configure, bool sqlite, bool withChannel, params string[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("policybot-handoff-");
        var content = Path.Combine(folder.FullName, "content");
        CopyFolder(BundledContentTests.BundledContentFolder(), content);
        if (withChannel)
        {
            var owners = Path.Combine(content, "owners.yaml");
            var yaml = File.ReadAllText(owners);
            var upn = "    teams-upn: marketing@contoso.com\n";
            Assert.Contains(upn, yaml);
            File.WriteAllText(owners, yaml.Replace(upn, upn + $"    teams-channel: \"{Channel}\"\n"));
        }
        string[] all = [$"Content:Path={content}", .. sqlite ? ["Storage:Provider=sqlite", $"Storage:SqlitePath={Path.Combine(folder.FullName, "state.db")}"] : Array.Empty<string>(), .. settings];
        var scenario = new HandoffScenario(folder, await FakeConnector.StartAsync(), all, configure);
        scenario.Host = await BotHost.StartAsync(null, configure, all);
        return scenario;
    }

    /// <summary>Stops the bot and starts a new one on the same content and store.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = await BotHost.StartAsync(null, _configure, _settings);
    }

    /// <summary>Starts a second instance on the same content and store and stops the first (scale-out: the next request lands elsewhere).</summary>
    public async Task SwitchInstanceAsync()
    {
        var other = await BotHost.StartAsync(null, _configure, _settings);
        await Host.DisposeAsync();
        Host = other;
    }

    /// <summary>
    /// Teams adds the bot to the team: an installationUpdate (add) and a conversationUpdate in the channel, with the bot
    /// as the new member.
    /// </summary>
    public async Task InstallInChannelAsync()
    {
        await PostAsync(new JsonObject
        {
            ["type"] = "installationUpdate",
            ["id"] = "install-0",
            ["action"] = "add",
            ["serviceUrl"] = ChannelServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:installer" },
            ["recipient"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = "PolicyBot" },
            ["conversation"] = new JsonObject { ["id"] = Channel, ["conversationType"] = "channel", ["isGroup"] = true },
            ["locale"] = "en-US",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        });
        await PostAsync(ChannelMemberAdded());
    }

    private JsonObject ChannelMemberAdded() => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = "install-1",
        ["serviceUrl"] = ChannelServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:installer" },
        ["recipient"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = "PolicyBot" },
        ["conversation"] = new JsonObject { ["id"] = Channel, ["conversationType"] = "channel", ["isGroup"] = true },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TestActivities.BotId }),
        ["channelData"] = new JsonObject { ["eventType"] = "teamMemberAdded", ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    /// <summary>
    /// The employee opens the sales-and-press answer and presses its "Ask Marketing" button (or presses <paramref name="press"/>
    /// right after), types the question and confirms.
    /// </summary>
    public async Task<List<JsonObject>> HandOffAsync(
        string channelId = "msteams", string conversationId = Employee, bool confirm = true, string question = Question, string? press = null)
    {
        var chat = new ChatSession(Host, Connector, channelId, "en-US", conversationId);
        var offered = await OwnerButtonAsync(chat, "sales-and-press", "marketing");
        await (press is null ? chat.PressAsync(offered) : chat.PressAsync(press));
        var confirmation = (await chat.SayAsync(question)).Messages().Last();
        Assert.Contains(question, confirmation.AllText());
        return await chat.PressAsync(confirm ? "yes" : "no");
    }

    /// <summary>Asks for <paramref name="topic"/> by its button and returns the answer's button that hands off to <paramref name="owner"/>.</summary>
    public static async Task<AskOwner> OwnerButtonAsync(ChatSession chat, string topic, string owner)
    {
        var answer = (await chat.PressAsync(Commands.Topic(topic))).Messages().Last();
        return Assert.Single(answer.SubmitActions().OfType<AskOwner>(), a => a.OwnerId == owner && a.Ref is not null);
    }

    /// <summary>The ticket card the bot posted in the channel, and the ticket id behind its "I'll take it" button.</summary>
    public (JsonObject Card, string TicketId) PostedTicket()
    {
        var post = Assert.Single(ToChannel(), r => r.RawTarget == $"/amer/v3/conversations/{EscapedChannel}/activities");
        var take = Assert.Single(post.Json.SubmitActions().OfType<TakeTicket>());
        return (post.Json, take.TicketId);
    }

    /// <summary>Someone in the channel presses "I'll take it": a submit in the card's thread, no text, the presser in <c>from</c>.</summary>
    public Task PressTakeAsync(string ticketId, string cardId, string userId, string name) => PostAsync(new JsonObject
    {
        ["type"] = "message",
        ["id"] = "press-" + userId,
        ["serviceUrl"] = ChannelServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = name },
        ["recipient"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = "PolicyBot" },
        ["conversation"] = new JsonObject { ["id"] = $"{Channel};messageid={cardId}", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "tenant-1" },
        ["replyToId"] = cardId,
        ["locale"] = "en-US",
        ["value"] = ButtonActions.ToData(Commands.TakeTicket(ticketId)),
    });

    public async Task<string> CardIdAsync(string ticketId) => (await Tickets.GetAsync(ticketId, default))!.ChannelCardId!;

    private async Task PostAsync(JsonObject activity)
    {
        using var response = await Host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // the content watcher may hold the folder a moment longer; temp folders are cleaned up eventually
        }
    }
}
