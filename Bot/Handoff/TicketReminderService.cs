using Microsoft.Extensions.Options;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Hosting;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Content;

namespace PolicyBot.Bot.Handoff;

/// <summary>
/// Every <see cref="HandoffOptions.ReminderScanInterval"/>, reminds the owner's channel once of each ticket nobody
/// picked up within <see cref="HandoffOptions.ReminderAfter"/>: a reply in the ticket's thread. The ticket is marked
/// reminded before the post (with its version), so two scans or two instances never remind twice.
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
        var due = await tickets.ListWaitingAsync(time.GetUtcNow() - options.Value.ReminderAfter, cancellationToken);
        var sent = 0;
        foreach (var ticket in due)
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
}
