using System.Text.Json;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Bot.Handoff;

/// <summary>Addresses a new activity from a stored ConversationReference (PROTOCOL.md §3.6).</summary>
public static class ProactiveActivities
{
    /// <summary>
    /// A message from the bot into <paramref name="reference"/>'s conversation, with the tenant on Teams.
    /// <paramref name="threadRootId"/> makes it a reply in that channel thread (<c>{channel};messageid={root}</c>).
    /// </summary>
    public static Activity To(ConversationReference reference, string? threadRootId = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var conversation = reference.Conversation ?? new ConversationAccount();
        var tenantId = conversation.TenantId;
        return new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            From = reference.Bot,
            Recipient = conversation.ConversationType is null or "personal" ? reference.User : null,
            Conversation = new ConversationAccount
            {
                Id = TeamsAddressing.ThreadIn(conversation.Id, threadRootId),
                ConversationType = conversation.ConversationType,
                IsGroup = conversation.IsGroup,
                TenantId = tenantId,
            },
            ReplyToId = threadRootId,
            ChannelData = tenantId is null || reference.ChannelId != "msteams"
                ? null
                : JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }, ProtocolJson.Options),
        };
    }
}
