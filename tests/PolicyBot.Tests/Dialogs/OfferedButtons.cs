using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// Lets dialog tests speak of owner buttons by what they offer (<c>Commands.Owner(new HandoffContext("marketing") {
/// TopicId = "sales-and-press" })</c>) while the bot's buttons carry a random ref into the conversation's offers:
/// replies show each ref button as its offer, and a pressed description that matches an offer in state is sent as that
/// offer's ref (what the card's button sends). A description no offer matches is sent as written, like a forged submit.
/// </summary>
internal static class OfferedButtons
{
    public static Reply Described(Reply reply, ConversationData state) => reply is MessageReply { Choices.Count: > 0 } message && state.Handoffs is { } offers
        ? message with { Choices = [.. message.Choices.Select(c => c with { Action = Describe(c.Action, offers) })] }
        : reply;

    public static TurnInput Pressed(TurnInput input, ConversationData state)
    {
        if (ButtonActions.From(input.Value) is not AskOwner { Ref: null } pressed || state.Handoffs is not { } offers) return input;
        var offer = offers.FirstOrDefault(o => Describe(new AskOwner(o.OwnerId, o.Ref), offers) == pressed);
        if (offer is null) return input;
        var submit = JsonNode.Parse(input.Value!.Value.GetRawText())!.AsObject();
        foreach (var (key, value) in ButtonActions.ToData(new AskOwner(offer.OwnerId, offer.Ref)))
            submit[key] = value?.DeepClone();
        foreach (var key in new[] { "topic", "check", "answers", "choice" }) submit.Remove(key);
        return input with { Value = JsonSerializer.SerializeToElement(submit) };
    }

    private static ButtonAction Describe(ButtonAction action, List<OfferedHandoff> offers) =>
        action is AskOwner { Ref: { } reference } && offers.FirstOrDefault(o => o.Ref == reference) is { } offer
            ? new AskOwner(offer.OwnerId)
            {
                TopicId = offer.TopicId,
                CheckId = offer.CheckId,
                Answers = [.. offer.Answers.Select(a => a.Split(':', 2)).Select(a => new CheckAnswer(a[0], a[1]))],
            }
            : action;
}
