using System.Text.Json;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>A turn's result keeps what is sent (replies), the pressed card's update and what the host carries out (effects) apart.</summary>
public sealed class TurnResultTests
{
    [Fact]
    public async Task AConfirmedHandoffComesBackAsEffectsBesideItsRepliesAndCardUpdate()
    {
        var engine = new PolicyBotEngine(new SwappableContent(TestContent.Build()));
        var state = new ConversationData();
        await engine.OnTurnAsync(new TurnInput { Value = JsonSerializer.SerializeToElement(ButtonActions.ToData(Commands.Contact)), Locale = "en-US" }, state, default);
        await engine.OnTurnAsync(Submit("marketing"), state, default);
        await engine.OnTurnAsync(new TurnInput { Text = "Can I post our Q3 figures?", Locale = "en-US" }, state, default);

        var result = await engine.OnTurnAsync(Submit("yes"), state, default);

        Assert.All(result.Replies, r => Assert.True(r is MessageReply or TraceReply, r.GetType().Name));
        Assert.Contains("Q3 figures", result.CardUpdate!.Replacement.Text);
        var request = Assert.Single(result.Effects.OfType<HandoffRequest>());
        Assert.Equal(("marketing", "Can I post our Q3 figures?"), (request.OwnerId, request.Question));
        var usage = Assert.Single(result.Effects.OfType<UsageEvent>());
        Assert.Equal((UsageKind.Handoff, "marketing"), (usage.Kind, usage.HandoffOwner));
    }

    private static TurnInput Submit(string choice) => new()
    {
        Value = JsonDocument.Parse(JsonSerializer.Serialize(new { choice })).RootElement.Clone(),
        Locale = "en-US",
    };
}
