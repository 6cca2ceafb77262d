using Microsoft.Extensions.Options;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Rendering;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Policy;

namespace PolicyBot.Bot.Handoff;

/// <summary>
/// Every <see cref="HandoffOptions.ReminderScanInterval"/>, reminds the owner's channel once of each ticket nobody
/// picked up within <see cref="HandoffOptions.ReminderAfter"/>: a reply in the ticket's thread. The ticket is marked
/// reminded before the post (with its version), so two scans or two instances never remind twice. A ticket whose card
/// never posted is sent again (<see cref="HandoffOptions.PostRetries"/> times, each attempt claimed with the version
/// first), then closed, so no scan reads it again.
/// </summary>
public sealed class TicketReminderService(
    ITicketStore tickets,
    ConnectorClient connector,
    IContentProvider contentProvider,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<TicketReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReminderScanInterval, time);
        do
        {
            try
            {
                await RemindAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.ReminderScanFailed(ex, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends the due reminders; returns how many.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Unposted tickets a minute old or more: past any send still running for them (the connector's budget is shorter).
        var retryBefore = now - TimeSpan.FromMinutes(1);
        var waiting = await tickets.ListWaitingAsync(retryBefore < now - options.Value.ReminderAfter ? now - options.Value.ReminderAfter : retryBefore, cancellationToken);
        foreach (var unposted in waiting.Where(t => t.ChannelCardId is null && t.Details.CreatedAt <= retryBefore)) await RetryPostAsync(unposted, now, cancellationToken);
        var sent = 0;
        foreach (var ticket in waiting.Where(t => t.Details.CreatedAt <= now - options.Value.ReminderAfter))
        {
            if (ticket.ChannelCardId is not { } cardId) continue;
            if (!await tickets.TryUpdateAsync(ticket with { Reminded = true }, cancellationToken)) continue;
            var reminder = TicketMessages.Reminder(contentProvider.Current.Content, ticket.Details);
            await connector.SendAsync(ReplyActivityFactory.Render(ProactiveActivities.To(ticket.Channel, threadRootId: cardId), reminder), cancellationToken);
            logger.TicketReminded(ticket.Id, ticket.Details.OwnerId);
            sent++;
        }
        return sent;
    }

    private async Task RetryPostAsync(Ticket ticket, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ticket.PostAttempts >= options.Value.PostRetries)
        {
            if (await tickets.TryUpdateAsync(ticket with { Status = TicketStatus.Closed, ClosedAt = now }, cancellationToken))
                logger.TicketClosedUnposted(ticket.Id, ticket.Details.OwnerId, ticket.PostAttempts + 1);
            return;
        }
        var claimed = ticket with { PostAttempts = ticket.PostAttempts + 1 };
        if (!await tickets.TryUpdateAsync(claimed, cancellationToken)) return;
        var card = TicketMessages.Card(contentProvider.Current.Content, ticket.Details);
        var posted = await connector.SendAsync(ReplyActivityFactory.Render(ProactiveActivities.To(ticket.Channel), card), cancellationToken);
        if (posted?.Id is not { } cardId)
        {
            logger.TicketNotPosted(ticket.Id, ticket.Details.OwnerId);
            return;
        }
        if (await tickets.TryUpdateAsync(claimed with { Version = claimed.Version + 1, ChannelCardId = cardId }, cancellationToken))
            logger.TicketPosted(ticket.Id, ticket.Details.OwnerId);
    }
}
