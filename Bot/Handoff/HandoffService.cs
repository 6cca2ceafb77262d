using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.Rendering;
using PolicyBot.Bot.State;
using PolicyBot.Bot.Telemetry;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Handoff;

/// <summary>
/// Carries out what the dialogs asked for after a turn: a <see cref="HandoffRequest"/> becomes a stored ticket posted
/// to the owner's channel (plus <c>handoff.initiate</c> on the Emulator); a <see cref="TicketPickUp"/> claims the
/// ticket, updates its card in place and tells the employee; a <see cref="TicketPress"/> shows the taker their own
/// view, closes the ticket with the taker's answer (sent to the employee) or passes its question to comms staff. Runs after the turn is saved and its replies are sent
/// (the turn's effects step); returns the extra activities for the current conversation.
/// </summary>
public sealed class HandoffService(
    ITicketStore tickets,
    ConversationReferences references,
    ConnectorClient connector,
    IContentProvider contentProvider,
    TimeProvider time,
    ILogger<HandoffService> logger)
{
    public const string HandoffInitiate = "handoff.initiate";
    private const int MaxConflictRetries = 5;

    public async Task<HandoffOutcome> ExecuteAsync(Activity inbound, IReadOnlyList<TurnEffect> effects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(effects);
        var extra = new List<Activity>();
        MessageReply? pressed = null;
        var usage = new List<UsageEvent>();
        foreach (var effect in effects)
        {
            try
            {
                switch (effect)
                {
                    case HandoffRequest request:
                        extra.AddRange(await HandOffAsync(inbound, request, cancellationToken));
                        break;
                    case TicketPickUp pickUp:
                        pressed = await PickUpAsync(inbound, pickUp, cancellationToken);
                        // The card's update is the presser's answer; a note to the presser is posted as before.
                        if (pressed is { Card: null }) extra.Add(ReplyActivityFactory.Render(inbound.CreateReply(), pressed));
                        break;
                    case TicketPress press:
                        (pressed, var suggested) = await PressAsync(inbound, press, cancellationToken);
                        if (suggested is not null) usage.Add(suggested);
                        if (pressed is { Card: null }) extra.Add(ReplyActivityFactory.Render(inbound.CreateReply(), pressed));
                        break;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The turn's own replies (deep link, e-mail) still go out; the ticket part is logged without its text.
                logger.HandoffFailed(effect.GetType().Name, ExceptionSummary.TypeName(ex), ExceptionSummary.StackTraces(ex));
            }
        }
        return new HandoffOutcome(extra) { Pressed = pressed, Usage = usage };
    }

    /// <summary>Whether carrying out <paramref name="effects"/> posts a ticket to an owner's Teams channel (which takes a moment).</summary>
    public bool PostsTicket(IReadOnlyList<TurnEffect> effects)
    {
        ArgumentNullException.ThrowIfNull(effects);
        return effects.Any(r => r is HandoffRequest { Question: not null } request && Content.Owner(request.OwnerId)?.TeamsChannel is not null);
    }

    private async Task<List<Activity>> HandOffAsync(Activity inbound, HandoffRequest request, CancellationToken cancellationToken)
    {
        var extra = new List<Activity>();
        var ticket = request.Question is null ? null : await PostTicketAsync(inbound, request, cancellationToken);
        if (ticket is not null) extra.Add(ReplyActivityFactory.Render(inbound.CreateReply(), TicketMessages.Posted(Content, ticket.Details)));
        if (inbound.ChannelId == "emulator") extra.Add(InitiateEvent(inbound, request, ticket?.Id));
        return extra;
    }

    private async Task<Ticket?> PostTicketAsync(Activity inbound, HandoffRequest request, CancellationToken cancellationToken)
    {
        if (Content.Owner(request.OwnerId)?.TeamsChannel is not { } channelId) return null;
        var channel = await references.FindAsync(channelId, [inbound.ChannelId!, "msteams"], cancellationToken);
        if (channel is null || ConversationReferences.From(inbound) is not { } employee)
        {
            logger.NoChannelReference(request.OwnerId);
            return null;
        }

        var details = TicketDetails.From(request, NewTicketId(), time.GetUtcNow());
        var ticket = await tickets.CreateAsync(new Ticket { Details = details, Employee = employee, Channel = channel }, cancellationToken);
        var posted = await connector.SendAsync(ReplyActivityFactory.Render(ProactiveActivities.To(channel), TicketMessages.Card(Content, details)), cancellationToken);
        if (posted?.Id is not { } cardId)
        {
            logger.TicketNotPosted(ticket.Id, request.OwnerId);
            return null;
        }
        await UpdateAsync(ticket.Id, t => t with { ChannelCardId = cardId }, cancellationToken);
        logger.TicketPosted(ticket.Id, request.OwnerId);
        return ticket;
    }

    /// <summary>Claims the ticket: its updated card, or the note for the presser (unknown ticket, taken by someone else).</summary>
    private async Task<MessageReply?> PickUpAsync(Activity inbound, TicketPickUp pickUp, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var ticket = IsTicketId(pickUp.TicketId) ? await tickets.GetAsync(pickUp.TicketId, cancellationToken) : null;
            if (ticket is null || !IsInChannelOf(ticket, inbound))
            {
                // A press from anywhere but the ticket's own channel (an employee replaying the submit in their chat, say)
                // is answered like an unknown ticket: it claims nothing and tells nothing. The id is logged only when it
                // has the shape of one, so typed text never reaches the log.
                logger.TicketNotFound(IsTicketId(pickUp.TicketId) ? pickUp.TicketId : "(not a ticket id)");
                return TicketMessages.NotFound(Content, pickUp.Language);
            }
            if (ticket.Status != TicketStatus.Open)
            {
                // Nobody takes a ticket over silently: the presser hears who has it, the card stays as it is.
                logger.TicketAlreadyTaken(ticket.Id);
                return TicketMessages.AlreadyTaken(Content, pickUp.Language, ticket.Details.PickedUpBy ?? "");
            }

            var picked = ticket with
            {
                Status = TicketStatus.PickedUp,
                PickedUpById = pickUp.UserId,
                Details = ticket.Details with { PickedUpBy = pickUp.UserName, PickedUpAt = time.GetUtcNow() },
            };
            if (!await tickets.TryUpdateAsync(picked, cancellationToken)) continue;

            logger.TicketPickedUp(ticket.Id, ticket.Details.OwnerId);
            await UpdateChannelCardAsync(picked, cancellationToken);
            await connector.SendAsync(ReplyActivityFactory.Render(ProactiveActivities.To(picked.Employee), TicketMessages.PickedUp(Content, picked.Details)), cancellationToken);
            // The presser is the taker: in place they get their own view (on Teams the answer field and "close").
            return TakerCard(picked);
        }
        return null;
    }

    /// <summary>
    /// A press on a ticket card other than "I'll take it": the reader's view (Teams' refresh), closing with an answer,
    /// suggesting the question. The card the presser gets in place, or a note; and the suggestion to record, if any.
    /// </summary>
    private async Task<(MessageReply? Pressed, UsageEvent? Suggested)> PressAsync(Activity inbound, TicketPress press, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var ticket = IsTicketId(press.TicketId) ? await tickets.GetAsync(press.TicketId, cancellationToken) : null;
            if (ticket is null || !IsInChannelOf(ticket, inbound))
            {
                logger.TicketNotFound(IsTicketId(press.TicketId) ? press.TicketId : "(not a ticket id)");
                // A refresh that finds nothing leaves the card as it is; a button press hears why nothing happened.
                return (press.Kind == TicketPressKind.View ? null : TicketMessages.NotFound(Content, press.Language), null);
            }
            var isTaker = ticket.PickedUpById is { } taker && taker == press.UserId;
            if (press.Kind == TicketPressKind.View) return (isTaker ? TakerCard(ticket) : ChannelCard(ticket), null);
            if (!isTaker)
            {
                logger.TicketNotTaker(ticket.Id);
                return ticket.Status == TicketStatus.Open
                    ? (ChannelCard(ticket), null)
                    : (TicketMessages.NotTaker(Content, press.Language, ticket.Details.PickedUpBy ?? ""), null);
            }

            if (press.Kind == TicketPressKind.Suggest)
            {
                // Once per ticket; a second press (or one before the answer) shows the card as it is.
                if (ticket.Details.Answer is null || ticket.Details.Suggested) return (TakerCard(ticket), null);
                var suggested = ticket with { Details = ticket.Details with { Suggested = true } };
                if (!await tickets.TryUpdateAsync(suggested, cancellationToken)) continue;
                logger.TicketSuggested(ticket.Id, ticket.Details.OwnerId);
                var usage = new UsageEvent(UsageKind.TicketSuggested, ticket.Details.Language) { TopicId = ticket.Details.TopicId, Question = ticket.Details.Question };
                return (TakerCard(suggested), usage);
            }

            // Closing: only a picked-up ticket, only with an answer; a second close changes nothing and sends nothing.
            if (ticket.Status != TicketStatus.PickedUp) return (TakerCard(ticket), null);
            var answer = press.Answer?.Trim();
            if (string.IsNullOrEmpty(answer))
                return (TicketMessages.Card(Content, ticket.Details, ticket.PickedUpById, forTaker: true, TicketMessages.EmptyAnswer(Content, ticket.Details.Language)), null);
            var answered = ticket with
            {
                Status = TicketStatus.Closed,
                ClosedAt = time.GetUtcNow(),
                Details = ticket.Details with { Answer = answer },
            };
            if (!await tickets.TryUpdateAsync(answered, cancellationToken)) continue;

            logger.TicketAnswered(ticket.Id, ticket.Details.OwnerId);
            await connector.SendAsync(ReplyActivityFactory.Render(ProactiveActivities.To(answered.Employee), TicketMessages.Answered(Content, answered.Details)), cancellationToken);
            await UpdateChannelCardAsync(answered, cancellationToken);
            return (TakerCard(answered), null);
        }
        return (null, null);
    }

    /// <summary>The card everyone in the channel sees, with Teams' refresh for the taker.</summary>
    private MessageReply ChannelCard(Ticket ticket) => TicketMessages.Card(Content, ticket.Details, ticket.PickedUpById);

    private MessageReply TakerCard(Ticket ticket) => TicketMessages.Card(Content, ticket.Details, ticket.PickedUpById, forTaker: true);

    private async Task UpdateChannelCardAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        if (ticket.ChannelCardId is not { } cardId) return;
        var card = ProactiveActivities.To(ticket.Channel) with { Id = cardId };
        await connector.UpdateAsync(ReplyActivityFactory.Render(card, ChannelCard(ticket)), cancellationToken);
    }

    /// <summary>Re-reads and applies <paramref name="change"/> until no one else wrote in between.</summary>
    private async Task UpdateAsync(string id, Func<Ticket, Ticket> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            if (await tickets.GetAsync(id, cancellationToken) is not { } ticket) return;
            if (await tickets.TryUpdateAsync(change(ticket), cancellationToken)) return;
        }
    }

    /// <summary>PROTOCOL.md §9: the Bot Framework hand-off event, for the Emulator's inspector. User text only when confirmed.</summary>
    private static Activity InitiateEvent(Activity inbound, HandoffRequest request, string? ticketId)
    {
        var value = new JsonObject
        {
            ["owner"] = request.OwnerId,
            ["topic"] = request.TopicId,
            ["language"] = request.Language.Code(),
            ["ticketId"] = ticketId,
        };
        if (request.Question is not null) value["question"] = request.Question;
        return inbound.CreateReply(ActivityTypes.Event) with
        {
            Name = HandoffInitiate,
            From = inbound.From,
            Recipient = null,
            Locale = request.Language.Locale(),
            Value = JsonSerializer.SerializeToElement(value, ProtocolJson.Options),
            RelatesTo = inbound.GetConversationReference(),
        };
    }

    private PolicyContent Content => contentProvider.Current.Content;

    // Short enough to read out over the phone, random enough never to collide.
    private static string NewTicketId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant();

    private static bool IsTicketId(string id) => id.Length == 10 && id.All(char.IsAsciiHexDigitLower);

    /// <summary>The ticket's channel itself, or a thread in it (Teams: <c>{channel};messageid={root}</c>), on the same channel service.</summary>
    private static bool IsInChannelOf(Ticket ticket, Activity inbound)
    {
        var channel = ticket.Channel.Conversation?.Id;
        var conversation = inbound.Conversation?.Id;
        if (channel is null || conversation is null || inbound.ChannelId != ticket.Channel.ChannelId) return false;
        return TeamsAddressing.ChannelOf(conversation) == channel;
    }
}
