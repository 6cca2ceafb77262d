using System.IO.Hashing;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.State;
using PolicyBot.Bot.Telemetry;

namespace PolicyBot.Bot.Handoff;

/// <summary>
/// Remembers how to reach every conversation the bot sees (PROTOCOL.md §3.6), in the conversation store under
/// <c>{channelId}/references/{conversationId}</c>, so tickets can be posted to an owner's channel later.
/// A channel thread (<c>…;messageid=…</c>) also teaches the bot its channel.
/// </summary>
public sealed class ConversationReferences(IConversationStore store, ILogger<ConversationReferences> logger, IOptions<StorageOptions>? storage = null, TimeProvider? time = null)
    : IDisposable
{
    // What this process last saved per key, so an unchanged reference costs no store read on every turn: the record,
    // compared first (no JSON written per turn), and a 128-bit hash of its JSON for references whose extension data
    // defeats record equality (the JSON itself would double an entry's size). Bounded, so memory does not grow with the
    // number of conversations, and kept for Storage:CacheTtl, so a reference removed beside this process (forget) is
    // saved again at the conversation's next activity.
    private const int MaxRemembered = 10_000;
    private readonly ExpiringCache<Saved> _saved = new(MaxRemembered, storage?.Value.CacheTtl ?? StorageOptions.DefaultCacheTtl, time);

    /// <summary>
    /// Every conversation the bot hears from can get proactive messages later (tickets, pick-up news). Remembering it
    /// is worth a try, not the turn: a store that refuses it (a locked file, an id PostgreSQL cannot hold) is logged.
    /// </summary>
    public async Task TryCaptureAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await CaptureAsync(activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.ReferenceNotCaptured(ExceptionSummary.TypeName(ex), activity.ChannelId);
        }
    }

    public async Task CaptureAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (From(activity) is not { Conversation.Id: { } conversationId } reference) return;
        if (IsInstall(activity)) logger.Installed(conversationId, reference.Conversation.ConversationType);

        // Only what stays the same per conversation, so a new message does not rewrite an unchanged reference. A personal
        // chat keeps its user's id (no name): the store indexes it, so erasing that employee is a lookup (issue 16).
        var personal = reference.Conversation.ConversationType is null or "personal" && reference.User?.Id is not null;
        var stable = reference with { ActivityId = null, User = personal ? new ChannelAccount { Id = reference.User!.Id } : null };
        await SaveAsync(stable, conversationId, cancellationToken);
        if (TeamsAddressing.ChannelOf(conversationId) is var channelId && channelId != conversationId)
        {
            await SaveAsync(stable with { Conversation = stable.Conversation! with { Id = channelId } }, channelId, cancellationToken);
        }
    }

    /// <summary>Forgets that <paramref name="key"/> was saved (it was removed from the store), so the next activity saves it again.</summary>
    public void Forget(string key) => _saved.Remove(key);

    /// <summary>The stored reference of <paramref name="conversationId"/>, looked up on each channel in turn.</summary>
    public async Task<ConversationReference?> FindAsync(string conversationId, IEnumerable<string> channelIds, CancellationToken cancellationToken)
    {
        foreach (var channelId in channelIds.Distinct())
        {
            var stored = await store.ReadAsync(StorageKeys.Reference(channelId, conversationId), cancellationToken);
            if (stored is not null) return JsonSerializer.Deserialize<ConversationReference>(stored.Data.Span, ProtocolJson.Options);
        }
        return null;
    }

    /// <summary>The activity's reference, with the Teams tenant from <c>channelData.tenant.id</c> when the conversation lacks it.</summary>
    public static ConversationReference? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.ChannelId) || activity.Conversation?.Id is null) return null;
        var reference = activity.GetConversationReference();
        if (reference.Conversation!.TenantId is null && TenantFromChannelData(activity) is { } tenant)
            reference = reference with { Conversation = reference.Conversation with { TenantId = tenant } };
        return reference;
    }

    private async Task SaveAsync(ConversationReference reference, string conversationId, CancellationToken cancellationToken)
    {
        var key = StorageKeys.Reference(reference.ChannelId!, conversationId);
        var known = _saved.TryGet(key, out var saved);
        if (known && saved.Reference == reference) return;
        var data = JsonSerializer.SerializeToUtf8Bytes(reference, ProtocolJson.Options);
        var hash = XxHash128.HashToUInt128(data);
        if (known && saved.DataHash == hash) return;
        var stored = await store.ReadAsync(key, cancellationToken);
        // A new reference is created only if still absent: two activities of a new conversation arriving together (Teams
        // and the Agents Playground announce an install with two) both find none, and only the first one learns it.
        var created = stored is null && !(await store.WriteAsync(key, data, null, cancellationToken)).IsConflict;
        if (!created && (stored is null || !stored.Data.Span.SequenceEqual(data))) await store.WriteAsync(key, data, "*", cancellationToken);
        _saved.Set(key, new Saved(reference, hash));
        // Once per channel, and the channel's own id: a thread's id (…;messageid=…) is no place for tickets.
        if (created && reference.Conversation?.ConversationType == "channel" && TeamsAddressing.ChannelOf(conversationId) == conversationId)
            logger.ChannelLearned(conversationId);
    }

    public void Dispose() => _saved.Dispose();

    private sealed record Saved(ConversationReference Reference, UInt128 DataHash);

    /// <summary>
    /// An install, counted once: Teams announces one with both <c>installationUpdate</c> (<c>add</c>; <c>add-upgrade</c>
    /// is a new version, not an install) and a <c>conversationUpdate</c> adding the bot, so there only the first counts;
    /// other channels send only the <c>conversationUpdate</c>.
    /// </summary>
    private static bool IsInstall(Activity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => activity.Action == "add",
        ActivityTypes.ConversationUpdate => activity.ChannelId != "msteams"
            && activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true,
        _ => false,
    };

    private static string? TenantFromChannelData(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
