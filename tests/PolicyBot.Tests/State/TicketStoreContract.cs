using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.State;

/// <summary>What every <see cref="ITicketStore"/> must do; each store's test class inherits these facts.</summary>
public abstract class TicketStoreContract
{
    protected static readonly DateTimeOffset Noon = new(2025, 5, 6, 12, 0, 0, TimeSpan.Zero);

    protected abstract ITicketStore CreateStore();

    internal static Ticket NewTicket(string id, DateTimeOffset createdAt) => new()
    {
        Details = new TicketDetails { Id = id, OwnerId = "marketing", Question = "q", CreatedAt = createdAt, Answers = [new("a?", "b")] },
        Employee = new ConversationReference { ChannelId = "msteams", ServiceUrl = "https://e/", Conversation = new ConversationAccount { Id = "a:1", TenantId = "t" } },
        Channel = new ConversationReference { ChannelId = "msteams", ServiceUrl = "https://c/", Conversation = new ConversationAccount { Id = "19:x@thread.tacv2" } },
    };

    [Fact]
    public async Task CreatedTicketReadsBackWithEverything()
    {
        var store = CreateStore();

        await store.CreateAsync(NewTicket("t1", Noon), default);
        var read = await store.GetAsync("t1", default);

        Assert.Equal("marketing", read!.Details.OwnerId);
        Assert.Equal(Noon, read.Details.CreatedAt);
        Assert.Equal([new TicketAnswer("a?", "b")], read.Details.Answers);
        Assert.Equal("https://c/", read.Channel.ServiceUrl);
        Assert.Equal("t", read.Employee.Conversation!.TenantId);
        Assert.Null(await store.GetAsync("nope", default));
    }

    [Fact]
    public async Task AnUpdateFromAStaleReadIsRefused()
    {
        var store = CreateStore();
        var created = await store.CreateAsync(NewTicket("t1", Noon), default);

        var first = await store.TryUpdateAsync(created with { Status = TicketStatus.PickedUp, PickedUpById = "29:a" }, default);
        var second = await store.TryUpdateAsync(created with { Status = TicketStatus.PickedUp, PickedUpById = "29:b" }, default);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal("29:a", (await store.GetAsync("t1", default))!.PickedUpById);
    }

    [Fact]
    public async Task OnlyOpenUnremindedTicketsOldEnoughAreWaiting()
    {
        var store = CreateStore();
        await store.CreateAsync(NewTicket("old", Noon.AddHours(-5)), default);
        await store.CreateAsync(NewTicket("new", Noon), default);
        var picked = await store.CreateAsync(NewTicket("picked", Noon.AddHours(-6)), default);
        var reminded = await store.CreateAsync(NewTicket("reminded", Noon.AddHours(-7)), default);
        await store.TryUpdateAsync(picked with { Status = TicketStatus.PickedUp }, default);
        await store.TryUpdateAsync(reminded with { Reminded = true }, default);

        var waiting = await store.ListWaitingAsync(Noon.AddHours(-4), default);

        Assert.Equal(["old"], waiting.Select(t => t.Id));
    }
}
