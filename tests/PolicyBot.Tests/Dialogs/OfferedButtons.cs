using System.Text.Json;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// Lets dialog tests speak of owner buttons by what they offer (<c>owner:marketing?topic=sales-and-press</c>) while the
/// bot's buttons carry a random ref into the conversation's offers: replies show each ref button as its offer, and a
/// pressed description that matches an offer in state is sent as that offer's ref (what the card's button sends).
/// A description no offer matches is sent as written, like a forged submit.
/// </summary>
internal static class OfferedButtons
{
    public static Reply Described(Reply reply, ConversationData state) => reply is MessageReply { Choices.Count: > 0 } message && state.Handoffs is { } offers
        ? message with { Choices = [.. message.Choices.Select(c => c with { Value = Describe(c.Value, offers) })] }
        : reply;

    public static TurnInput Pressed(TurnInput input, ConversationData state)
    {
        if (input.Value is not { } value || !value.TryGetProperty("choice", out var choice) || state.Handoffs is not { } offers) return input;
        var pressed = choice.GetString() ?? "";
        var offer = offers.FirstOrDefault(o => Describe(Commands.Owner(new HandoffContext(o.OwnerId) { Ref = o.Ref }), offers) == pressed);
        if (offer is null) return input;
        var submit = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(value.GetRawText())!;
        submit["choice"] = JsonSerializer.SerializeToElement(Commands.Owner(new HandoffContext(offer.OwnerId) { Ref = offer.Ref }));
        return input with { Value = JsonSerializer.SerializeToElement(submit) };
    }

    private static string Describe(string value, List<OfferedHandoff> offers)
    {
        if (!value.StartsWith(Commands.OwnerPrefix, StringComparison.Ordinal)) return value;
        var button = HandoffContext.Parse(value[Commands.OwnerPrefix.Length..]);
        return offers.FirstOrDefault(o => o.Ref == button.Ref) is { } offer
            ? Commands.Owner(new HandoffContext(offer.OwnerId)
            {
                TopicId = offer.TopicId,
                CheckId = offer.CheckId,
                Answers = [.. offer.Answers.Select(a => a.Split(':', 2)).Select(a => (a[0], a[1]))],
            })
            : value;
    }
}
