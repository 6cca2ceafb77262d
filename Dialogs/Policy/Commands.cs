using System.Text.Json;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// The bot's global buttons (<see cref="ButtonAction"/>s). They work whenever they are pressed, also on an old card,
/// because they carry everything they need: a topic or check id, an owner with the ref of an offer in state, a ticket id.
/// </summary>
public static class Commands
{
    public static readonly ButtonAction Check = new StartCheck();
    public static readonly ButtonAction Topics = new MenuAction(MenuItem.Topics);
    public static readonly ButtonAction Contact = new MenuAction(MenuItem.Contact);
    public static readonly ButtonAction Quiz = new MenuAction(MenuItem.Quiz);
    public static readonly ButtonAction Scenarios = new MenuAction(MenuItem.Scenarios);
    public static readonly ButtonAction NoneOfThese = new MenuAction(MenuItem.NoneOfThese);

    /// <summary>A topic picked from "did you mean …?", with the question it answers, clipped (see <see cref="PickSuggestion"/>).</summary>
    public static ButtonAction Suggested(string topicId, string? question)
    {
        const int MaxQuestion = 200;
        var text = (question ?? "").Trim();
        if (text.Length > MaxQuestion) text = text[..MaxQuestion];
        return new PickSuggestion(topicId, text.Length > 0 ? text : null);
    }

    public static ButtonAction Helped(string topicId) => new RateAnswer(topicId, Helped: true);

    public static ButtonAction NotHelped(string topicId) => new RateAnswer(topicId, Helped: false);

    public static ButtonAction Topic(string id) => new ShowTopic(id);

    /// <summary>Starts a guided check or what-if scenario by id.</summary>
    public static ButtonAction StartCheck(string id) => new StartCheck(id);

    public static ButtonAction Owner(string id) => new AskOwner(id);

    /// <summary>Hand off to an owner with <paramref name="context"/> as it stands (its ref; see <see cref="HandoffOffers.Offer"/>).</summary>
    public static ButtonAction Owner(HandoffContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ToButton();
    }

    /// <summary>"I'll take it" on a ticket card in an owner's channel.</summary>
    public static ButtonAction TakeTicket(string ticketId) => new TakeTicket(ticketId);

    /// <summary>The submitted global command, or null when the submit is none (a prompt's choice, an interruption, nothing known).</summary>
    public static ButtonAction? From(JsonElement? value) =>
        ButtonActions.From(value) is { } action and not (ChoiceAnswer or Interrupt) ? action : null;
}
