using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PolicyBot.Bot.Handoff;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.State;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Handoff;

/// <summary>A conversation's reference is written when it is new or changed, never again on every turn.</summary>
public sealed class ConversationReferencesTests
{
    private static readonly string Key = StorageKeys.Reference("msteams", "a:conv-1");

    [Fact]
    public async Task AnUnchangedReferenceIsWrittenOnceAndAChangedOneAgain()
    {
        var store = new CountingStore();
        var references = new ConversationReferences(store, NullLogger<ConversationReferences>.Instance);

        await references.CaptureAsync(Activity("https://smba.example/emea/"), CancellationToken.None);
        await references.CaptureAsync(Activity("https://smba.example/emea/") with { Id = "activity-2", Text = "another turn" }, CancellationToken.None);
        Assert.Equal(1, store.Writes(Key));

        await references.CaptureAsync(Activity("https://smba.example/amer/"), CancellationToken.None);
        Assert.Equal(2, store.Writes(Key));
        var found = await references.FindAsync("a:conv-1", ["msteams"], CancellationToken.None);
        Assert.Equal("https://smba.example/amer/", found!.ServiceUrl);
    }

    [Fact]
    public async Task AReferenceWithFieldsTheBotDoesNotKnowIsStillWrittenOnlyOnce()
    {
        var store = new CountingStore();
        var references = new ConversationReferences(store, NullLogger<ConversationReferences>.Instance);
        Activity WithUnknownField() => Activity("https://smba.example/emea/", """{"id":"a:conv-1","conversationType":"personal","futureField":{"x":1}}""");

        await references.CaptureAsync(WithUnknownField(), CancellationToken.None);
        await references.CaptureAsync(WithUnknownField(), CancellationToken.None);

        Assert.Equal(1, store.Writes(Key));
        var found = await references.FindAsync("a:conv-1", ["msteams"], CancellationToken.None);
        Assert.Equal(1, found!.Conversation!.Extra!["futureField"].GetProperty("x").GetInt32());
    }

    private static Activity Activity(string serviceUrl, string? conversation = null)
    {
        var json = TestActivities.Message(serviceUrl, "hello");
        if (conversation is not null) json["conversation"] = System.Text.Json.Nodes.JsonNode.Parse(conversation);
        return JsonSerializer.Deserialize<Activity>(json.ToJsonString(), ProtocolJson.Options)!;
    }
}
