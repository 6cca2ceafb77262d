namespace PolicyBot.Dialogs.Turns;

/// <summary>
/// What pressing a button does, one record per kind. Written into the card's <c>Action.Submit</c> <c>data</c> as
/// <c>{"verb": …, fields}</c> and read back in one place (<see cref="ButtonActions"/>), which also accepts the string
/// values of older cards. The same verb and fields can travel as an <c>Action.Execute</c>'s <c>verb</c> and <c>data</c>.
/// </summary>
public abstract record ButtonAction;

/// <summary>Answers the question the card asks with one of its choices (a check step, a quiz question, yes/no).</summary>
public sealed record ChoiceAnswer(string Choice) : ButtonAction;

/// <summary>Help, cancel, start over or back: the words that work at any step, as a button.</summary>
public sealed record Interrupt(Interruption Kind) : ButtonAction;

/// <summary>Starts a guided check or what-if scenario; the default check when <see cref="CheckId"/> is null.</summary>
public sealed record StartCheck(string? CheckId = null) : ButtonAction;

/// <summary>A topic's answer.</summary>
public sealed record ShowTopic(string TopicId) : ButtonAction;

/// <summary>
/// A topic picked from "did you mean …?", with the question it answers (clipped), so a picked suggestion can become a
/// candidate trigger phrase in <c>insights --review</c> without the bot keeping the text anywhere in between.
/// </summary>
public sealed record PickSuggestion(string TopicId, string? Question) : ButtonAction;

/// <summary>"Did this help?" under a topic's answer.</summary>
public sealed record RateAnswer(string TopicId, bool Helped) : ButtonAction;

/// <summary>
/// Hand off to an owner. The bot's buttons carry only the <see cref="Ref"/> of an offer kept in the conversation's
/// state; buttons of older releases carried the topic and check answers themselves, which are used only where they
/// match an offer in state.
/// </summary>
public sealed record AskOwner(string OwnerId, string? Ref = null) : ButtonAction
{
    public string? TopicId { get; init; }

    public string? CheckId { get; init; }

    public IReadOnlyList<CheckAnswer> Answers { get; init; } = [];

    public bool Equals(AskOwner? other) =>
        other is not null && OwnerId == other.OwnerId && Ref == other.Ref && TopicId == other.TopicId && CheckId == other.CheckId
        && Answers.SequenceEqual(other.Answers);

    public override int GetHashCode() => HashCode.Combine(OwnerId, Ref, TopicId, CheckId, Answers.Count);
}

/// <summary>"I'll take it" on a ticket card in an owner's channel.</summary>
public sealed record TakeTicket(string TicketId) : ButtonAction;

/// <summary>A ticket card asking for its reader's view (Teams' <c>refresh</c>): the taker's card or the status card.</summary>
public sealed record ViewTicket(string TicketId) : ButtonAction;

/// <summary>"Close with an answer" on the taker's ticket card, with the text the taker typed (Teams merges inputs into data).</summary>
public sealed record CloseTicket(string TicketId, string? Answer = null) : ButtonAction;

/// <summary>"Suggest as a trigger phrase" on an answered ticket: the question goes to comms staff's review list.</summary>
public sealed record SuggestTicket(string TicketId) : ButtonAction;

/// <summary>A menu button: one of the things the bot offers everywhere.</summary>
public sealed record MenuAction(MenuItem Item) : ButtonAction;

/// <summary>The menu's buttons besides the check (<see cref="StartCheck"/>) and help (<see cref="Interrupt"/>).</summary>
public enum MenuItem
{
    Topics,
    Contact,
    Quiz,
    Scenarios,
    NoneOfThese,
}

/// <summary>The choice made at one step of a guided check.</summary>
public sealed record CheckAnswer(string Step, string Choice);
