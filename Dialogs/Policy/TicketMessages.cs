using System.Globalization;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// The texts around a hand-off ticket, from <c>messages.yaml</c> in the ticket's language: the card in the owner's
/// channel, the notes to the employee, the answers to a presser and the reminder. The host sends them; it writes no words itself.
/// </summary>
public static class TicketMessages
{
    /// <param name="content">The content the texts come from.</param>
    /// <param name="ticket">The ticket as stored.</param>
    /// <param name="takerId">The id of whoever took the ticket: Teams refreshes the card for them alone.</param>
    /// <param name="forTaker">The taker's own view: the answer field while picked up, the suggestion once answered.</param>
    /// <param name="error">What went wrong with the taker's last press (an empty answer).</param>
    public static MessageReply Card(PolicyContent content, TicketDetails ticket, string? takerId = null, bool forTaker = false, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(ticket);
        var language = ticket.Language;
        string Text(string id, params (string, string)[] values) => content.Message(id).Format(language, values);

        var owner = OwnerName(content, ticket);
        var facts = new List<CardFact>();
        if (TopicTitle(content, ticket) is { } topic) facts.Add(new CardFact(Text(MessageIds.TicketTopic), topic));
        facts.Add(new CardFact(Text(MessageIds.TicketLanguage), Text(MessageIds.TicketLanguageName)));
        facts.Add(new CardFact(Text(MessageIds.TicketId), ticket.Id));
        var status = ticket switch
        {
            { Answer: not null, PickedUpBy: var by } => Text(MessageIds.TicketAnsweredBy, ("name", by ?? "")),
            { PickedUpBy: { } name } => Text(MessageIds.TicketPickedUpBy, ("name", name)),
            _ => Text(MessageIds.TicketWaiting),
        };
        var title = Text(MessageIds.TicketTitle, ("owner", owner));
        var asked = Text(MessageIds.TicketAsked);
        var answering = forTaker && ticket.PickedUpBy is not null && ticket.Answer is null;
        var suggesting = forTaker && ticket.Answer is not null && !ticket.Suggested;

        var card = new TicketCard(title, ticket.Question)
        {
            QuestionHeading = Text(MessageIds.TicketQuestion),
            Facts = facts,
            AnswersHeading = Text(MessageIds.TicketAnswers),
            Answers = ticket.Answers,
            AskedLabel = asked,
            AskedAt = ticket.CreatedAt,
            Status = status,
            PickedUpAt = ticket.PickedUpAt,
            AnswerHeading = Text(MessageIds.TicketAnswerHeading),
            Answer = ticket.Answer,
            AnswerPlaceholder = answering ? Text(MessageIds.TicketAnswerPlaceholder) : null,
            Error = answering ? error : null,
            Note = forTaker && ticket.Suggested ? Text(MessageIds.TicketSuggested) : null,
            Refresh = new ViewTicket(ticket.Id),
            RefreshUserIds = takerId is null ? [] : [takerId],
        };
        // The text is the card's fallback (and what a text-only host shows).
        var text = $"**{title}**\n\n> {ticket.Question}\n\n{asked}: {Time(ticket.CreatedAt)}\n\n{status}";
        List<Choice> choices = ticket.PickedUpBy is null ? [new Choice(Commands.TakeTicket(ticket.Id), Text(MessageIds.ButtonTakeTicket))]
            : answering ? [new Choice(new CloseTicket(ticket.Id), Text(MessageIds.ButtonCloseTicket))]
            : suggesting ? [new Choice(new SuggestTicket(ticket.Id), Text(MessageIds.ButtonSuggestTicket))]
            : [];
        return new MessageReply(text) { Language = language, Card = card, Choices = choices };
    }

    /// <summary>The taker's answer for the employee: a short line in the employee's language, then the answer as written.</summary>
    public static MessageReply Answered(PolicyContent content, TicketDetails ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var intro = Message(content, ticket.Language, MessageIds.TicketAnswerEmployee, ("owner", OwnerInSentence(content, ticket)), ("name", ticket.PickedUpBy ?? ""));
        return intro with { Text = $"{intro.Text}\n\n{ticket.Answer}" };
    }

    public static MessageReply NotTaker(PolicyContent content, Language language, string name) =>
        Message(content, language, MessageIds.TicketNotTaker, ("name", name));

    public static string EmptyAnswer(PolicyContent content, Language language)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Message(MessageIds.TicketAnswerEmpty).Format(language);
    }

    public static MessageReply Posted(PolicyContent content, TicketDetails ticket) =>
        Message(content, ticket.Language, MessageIds.HandoffTicketPosted, ("owner", OwnerInSentence(content, ticket)), ("ticket", ticket.Id));

    public static MessageReply PickedUp(PolicyContent content, TicketDetails ticket) =>
        Message(content, ticket.Language, MessageIds.TicketPickedUpEmployee, ("owner", OwnerInSentence(content, ticket)), ("name", ticket.PickedUpBy ?? ""));

    public static MessageReply AlreadyTaken(PolicyContent content, Language language, string name) =>
        Message(content, language, MessageIds.TicketAlreadyTaken, ("name", name));

    public static MessageReply NotFound(PolicyContent content, Language language) =>
        Message(content, language, MessageIds.TicketNotFound);

    public static MessageReply Reminder(PolicyContent content, TicketDetails ticket) =>
        Message(content, ticket.Language, MessageIds.TicketReminder,
            ("owner", OwnerInSentence(content, ticket)), ("ticket", ticket.Id), ("time", Time(ticket.CreatedAt)));

    private static MessageReply Message(PolicyContent content, Language language, string id, params (string, string)[] values)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new MessageReply(content.Message(id).Format(language, values)) { Language = language };
    }

    private static string OwnerName(PolicyContent content, TicketDetails ticket) =>
        content.Owner(ticket.OwnerId)?.Name[ticket.Language] ?? ticket.OwnerId;

    private static string OwnerInSentence(PolicyContent content, TicketDetails ticket) =>
        content.Owner(ticket.OwnerId)?.InSentence(ticket.Language) ?? ticket.OwnerId;

    // Titles from the content only: an id the content does not know (removed since, or crafted) shows no topic at all.
    private static string? TopicTitle(PolicyContent content, TicketDetails ticket) =>
        (ticket.TopicId is { } topicId ? content.Topic(topicId)?.Title[ticket.Language] : null)
        ?? (ticket.CheckId is { } checkId ? content.Check(checkId)?.Title[ticket.Language] : null);

    private static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
