using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Handoff;
using PolicyBot.Bot.Insights;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.Retention;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Auth;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Retention;

/// <summary>What retention and erasure must do on every real store (a SQLite file, a PostgreSQL schema); each fact expects an empty store.</summary>
public abstract class RetentionContract
{
    protected const string Employee = "29:employee";
    protected const string Picker = "29:picker";

    public sealed record Stores(IConversationStore State, ITicketStore Tickets, IUsageStore Usage, IRetentionStore Retention, IAnsweredStore Answered);

    protected abstract Task<Stores> CreateAsync();

    /// <summary>Sets a row's <c>updated_at</c> as if it was last written at <paramref name="time"/> (the stores stamp writes with the real clock).</summary>
    protected abstract Task SetUpdatedAtAsync(string key, DateTimeOffset time);

    protected static DateTimeOffset Now => DateTimeOffset.UtcNow;

    [Fact]
    public async Task IdleStateAndPersonalReferencesExpireButFreshOnesChannelsAndOpenTicketChatsStay()
    {
        var s = await CreateAsync();
        await WriteAsync(s, StorageKeys.Conversation("msteams", "a:idle"), "{}", Now.AddDays(-31));
        await WriteAsync(s, StorageKeys.Conversation("msteams", "a:fresh"), "{}", Now.AddDays(-29));
        await WriteAsync(s, StorageKeys.Reference("msteams", "a:idle"), Reference("a:idle", "personal", "29:idle"), Now.AddDays(-31));
        await WriteAsync(s, StorageKeys.Reference("msteams", "a:fresh"), Reference("a:fresh", "personal", "29:fresh"), Now.AddDays(-31));
        await WriteAsync(s, StorageKeys.Conversation("msteams", "a:fresh2"), "{}", Now.AddDays(-1));
        await WriteAsync(s, StorageKeys.Reference("msteams", "a:fresh2"), Reference("a:fresh2", "personal", "29:fresh2"), Now.AddDays(-400));
        await WriteAsync(s, StorageKeys.Reference("msteams", "19:owners@thread.tacv2"), Reference("19:owners@thread.tacv2", "channel", null), Now.AddDays(-400));
        await WriteAsync(s, StorageKeys.Reference("msteams", "a:asked"), Reference("a:asked", "personal", Employee), Now.AddDays(-400));
        await s.Tickets.CreateAsync(NewTicket("0000000001", Now.AddDays(-40), "a:asked", Employee), default);

        var swept = await SweeperFor(s).SweepAsync(default);

        Assert.Equal([StorageKeys.Conversation("msteams", "a:idle")], swept.StateKeys);
        Assert.Equal([StorageKeys.Reference("msteams", "a:idle")], swept.ReferenceKeys);
        Assert.Null(await s.State.ReadAsync(StorageKeys.Reference("msteams", "a:idle"), default));
        foreach (var kept in new[] { "a:fresh2", "19:owners@thread.tacv2", "a:asked" })
            Assert.NotNull(await s.State.ReadAsync(StorageKeys.Reference("msteams", kept), default));
        Assert.NotNull(await s.State.ReadAsync(StorageKeys.Conversation("msteams", "a:fresh"), default));
    }

    [Fact]
    public async Task ClosedTicketsGoAfterTheirRetentionWithTheQuestionAndOpenOnesMuchLater()
    {
        var s = await CreateAsync();
        await PickedUpAsync(s, "0000000001", Now.AddDays(-91));
        await PickedUpAsync(s, "0000000002", Now.AddDays(-10));
        await s.Tickets.CreateAsync(NewTicket("0000000003", Now.AddDays(-179), "a:3", "29:x"), default);
        await s.Tickets.CreateAsync(NewTicket("0000000004", Now.AddDays(-181), "a:4", "29:x"), default);
        var given = await s.Tickets.CreateAsync(NewTicket("0000000005", Now.AddDays(-100), "a:5", "29:x"), default);
        await s.Tickets.TryUpdateAsync(given with { Status = TicketStatus.Closed, ClosedAt = Now.AddDays(-91) }, default);

        var swept = await SweeperFor(s).SweepAsync(default);

        Assert.Equal(["0000000001", "0000000004", "0000000005"], swept.TicketIds.Order());
        Assert.Null(await s.Tickets.GetAsync("0000000001", default));
        Assert.NotNull(await s.Tickets.GetAsync("0000000002", default));
        Assert.NotNull(await s.Tickets.GetAsync("0000000003", default));
    }

    [Fact]
    public async Task CollectedQuestionsAreClearedAfterTheirRetentionButTheCountsStay()
    {
        var s = await CreateAsync();
        var old = UsageRecord.WeekOf(Now.AddDays(-100));
        var recent = UsageRecord.WeekOf(Now.AddDays(-10));
        await s.Usage.AddAsync([new UsageRecord(old, "unmatched", "en") { Question = "old question" }, new UsageRecord(recent, "unmatched", "en") { Question = "recent question" }], default);

        var swept = await SweeperFor(s).SweepAsync(default);

        var records = await s.Usage.ListAsync("0000", default);
        Assert.Equal(1, swept.UsageQuestions);
        Assert.Equal(2, records.Count);
        Assert.Equal([null, "recent question"], records.Select(r => r.Question));
    }

    [Fact]
    public async Task ASweepWorksThroughEverythingDueInSmallBatches()
    {
        var s = await CreateAsync();
        for (var i = 0; i < 25; i++) await WriteAsync(s, StorageKeys.Conversation("msteams", $"a:{i}"), "{}", Now.AddDays(-40));

        var swept = await SweeperFor(s, batchSize: 4).SweepAsync(default);

        Assert.Equal(25, swept.StateKeys.Distinct().Count());
        Assert.True((await s.Retention.SweepBatchAsync(RetentionCutoffs.At(Now, new RetentionOptions()), 4, default)).IsEmpty);
    }

    [Fact]
    public async Task ForgettingAUserRemovesTheirChatsAndTicketsAndTheirNameAsPickerOnly()
    {
        var s = await CreateAsync();
        await WriteAsync(s, StorageKeys.Conversation("msteams", "a:mine"), "{}", Now);
        await WriteAsync(s, StorageKeys.Reference("msteams", "a:mine"), Reference("a:mine", "personal", Employee), Now);
        await WriteAsync(s, StorageKeys.Conversation("msteams", "a:other"), "{}", Now);
        await WriteAsync(s, StorageKeys.Reference("msteams", "a:other"), Reference("a:other", "personal", "29:other"), Now);
        await s.Tickets.CreateAsync(NewTicket("00000000aa", Now, "a:mine", Employee), default);
        var theirs = await s.Tickets.CreateAsync(NewTicket("00000000bb", Now, "a:other", "29:other"), default);
        await s.Tickets.TryUpdateAsync(theirs with { Status = TicketStatus.PickedUp, PickedUpById = Employee, Details = theirs.Details with { PickedUpBy = "Erin Employee", PickedUpAt = Now } }, default);

        var report = await s.Retention.ForgetUserAsync(Employee, default);

        Assert.Equal([StorageKeys.Conversation("msteams", "a:mine")], report.StateKeys);
        Assert.Equal([StorageKeys.Reference("msteams", "a:mine")], report.ReferenceKeys);
        Assert.Equal(["00000000aa"], report.TicketsDeleted);
        Assert.Equal(["00000000bb"], report.PickerNamesRemoved);
        Assert.Null(await s.Tickets.GetAsync("00000000aa", default));
        var kept = await s.Tickets.GetAsync("00000000bb", default);
        Assert.Equal((TicketStatus.PickedUp, null, null), (kept!.Status, kept.PickedUpById, kept.Details.PickedUpBy));
        Assert.NotNull(await s.State.ReadAsync(StorageKeys.Conversation("msteams", "a:other"), default));
        Assert.NotNull(await s.State.ReadAsync(StorageKeys.Reference("msteams", "a:other"), default));
        var again = await s.Retention.ForgetUserAsync(Employee, default);
        Assert.Empty(again.StateKeys.Concat(again.ReferenceKeys).Concat(again.TicketsDeleted).Concat(again.PickerNamesRemoved));
    }

    [Fact]
    public async Task AConversationKeepsItsLastTwentyAnswersForTeamsFeedbackUntilItsStateWouldExpire()
    {
        var s = await CreateAsync();
        var mine = StorageKeys.Conversation("msteams", "a:answers");
        var other = StorageKeys.Conversation("msteams", "a:other-answers");
        for (var i = 1; i <= 25; i++) await s.Answered.AddAsync(mine, [Answer(i)], default);
        await s.Answered.AddAsync(other, [Answer(1) with { TopicId = "other-topic" }, Answer(2)], default);

        var found = await Task.WhenAll(new[] { 5, 6, 25 }.Select(i => s.Answered.FindAsync(mine, $"reply-{i}", default)));
        var otherFound = await s.Answered.FindAsync(other, "reply-1", default);
        var early = await SweeperFor(s).SweepAsync(default);
        var later = new ManualTime();
        later.Advance(TimeSpan.FromDays(31));
        var expired = await SweeperFor(s, time: later).SweepAsync(default);

        Assert.Equal((null, Answer(6), Answer(25)), (found[0], found[1], found[2]));
        Assert.Equal("other-topic", otherFound?.TopicId);
        Assert.Equal(0, early.AnsweredMessages);
        Assert.Equal(22, expired.AnsweredMessages);
        Assert.Null(await s.Answered.FindAsync(mine, "reply-25", default));
    }

    [Fact]
    public async Task ASweepThatOnlyForgetsAnsweredMessagesSaysSoInItsLog()
    {
        var s = await CreateAsync();
        await s.Answered.AddAsync(StorageKeys.Conversation("msteams", "a:only-answers"), [Answer(1), Answer(2)], default);
        var later = new ManualTime();
        later.Advance(TimeSpan.FromDays(31));
        var logger = new ListLogger<RetentionSweeper>();

        var swept = await new RetentionSweeper(s.Retention, ErasureFor(s), Options.Create(new RetentionOptions()), later, logger).SweepAsync(default);

        Assert.Equal(2, swept.AnsweredMessages);
        Assert.Contains(logger.Lines, line => line.Contains("forgot 2 answered messages", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UninstallAndForgettingAUserRemoveTheAnsweredMessagesOfTheirConversationsOnly()
    {
        var s = await CreateAsync();
        var uninstalled = StorageKeys.Conversation("msteams", "a:uninstalled");
        var mine = StorageKeys.Conversation("msteams", "a:mine");
        var other = StorageKeys.Conversation("msteams", "a:other");
        foreach (var key in new[] { uninstalled, mine, other }) await s.Answered.AddAsync(key, [Answer(1)], default);
        await WriteAsync(s, StorageKeys.Reference("msteams", "a:mine"), Reference("a:mine", "personal", Employee), Now);
        var erasure = ErasureFor(s);

        await erasure.HandleAsync(new Activity { Type = ActivityTypes.InstallationUpdate, Action = "remove", ChannelId = "msteams", Conversation = new ConversationAccount { Id = "a:uninstalled" } }, default);
        await erasure.ForgetUserAsync(Employee, default);

        Assert.Null(await s.Answered.FindAsync(uninstalled, "reply-1", default));
        Assert.Null(await s.Answered.FindAsync(mine, "reply-1", default));
        Assert.Equal(Answer(1), await s.Answered.FindAsync(other, "reply-1", default));
    }

    internal static RetentionSweeper SweeperFor(Stores s, int batchSize = 200, TimeProvider? time = null) =>
        new(s.Retention, ErasureFor(s), Options.Create(new RetentionOptions { BatchSize = batchSize }), time ?? new ManualTime(), NullLogger<RetentionSweeper>.Instance);

    private static Erasure ErasureFor(Stores s) =>
        new(s.Retention, s.State, s.Answered, new ConversationReferences(s.State, NullLogger<ConversationReferences>.Instance), NullLogger<Erasure>.Instance);

    private static AnsweredMessage Answer(int i) => new($"reply-{i}", "confidential-information", i % 2 == 0 ? Language.Nl : Language.En);

    internal static Ticket NewTicket(string id, DateTimeOffset createdAt, string conversationId, string userId) => new()
    {
        Details = new TicketDetails { Id = id, OwnerId = "marketing", Question = "a question only the ticket may keep", CreatedAt = createdAt },
        Employee = new ConversationReference
        {
            ChannelId = "msteams", ServiceUrl = "https://e/", User = new ChannelAccount { Id = userId, Name = "Erin" },
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal" },
        },
        Channel = new ConversationReference { ChannelId = "msteams", ServiceUrl = "https://c/", Conversation = new ConversationAccount { Id = "19:owners@thread.tacv2", ConversationType = "channel" } },
    };

    internal static string Reference(string conversationId, string type, string? userId) =>
        $$"""{"user":{{(userId is null ? "null" : $$"""{"id":"{{userId}}"}""")}},"conversation":{"id":"{{conversationId}}","conversationType":"{{type}}"},"channelId":"msteams","serviceUrl":"https://s/"}""";

    private async Task WriteAsync(Stores s, string key, string json, DateTimeOffset updatedAt)
    {
        await s.State.WriteAsync(key, Encoding.UTF8.GetBytes(json), "*", default);
        await SetUpdatedAtAsync(key, updatedAt);
    }

    private static async Task PickedUpAsync(Stores s, string id, DateTimeOffset pickedUpAt)
    {
        var ticket = await s.Tickets.CreateAsync(NewTicket(id, pickedUpAt.AddHours(-1), "a:" + id, "29:x"), default);
        await s.Tickets.TryUpdateAsync(ticket with { Status = TicketStatus.PickedUp, PickedUpById = "29:p", Details = ticket.Details with { PickedUpBy = "P", PickedUpAt = pickedUpAt } }, default);
    }
}
