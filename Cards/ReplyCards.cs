using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Caching;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Cards;

/// <summary>Turns a dialog reply into an Adaptive Card (schema 1.5, what Teams renders).</summary>
public static class ReplyCards
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Distinct cards kept; the bundled content has a few hundred.</summary>
    private const int CacheCapacity = 4096;

    // When a card is too big, model texts are clipped to this many characters, halving until it fits.
    private const int FirstClip = 4000;
    private const int LastClip = 250;

    // Most replies come straight from the content, so the same card is asked for again and again: it is built and
    // written once, then shared as an immutable JsonElement under a JsonObject of each caller's own.
    private static readonly BoundedCache<MessageReply, JsonElement> Cache = new(CacheCapacity, ReplyComparer.Instance);

    // The same cards as Teams gets them, with their answer buttons as Universal Actions.
    private static readonly BoundedCache<MessageReply, JsonElement> UniversalCache = new(CacheCapacity, ReplyComparer.Instance);

    /// <summary>
    /// The Adaptive Card for <paramref name="reply"/>, or null when plain text says it all (no card model,
    /// no choices, no links). Choice buttons are <c>Action.Submit</c> with their action as <c>data</c> (<see cref="ButtonActions"/>);
    /// with <paramref name="universalActions"/> (Teams) a question's answer buttons are <c>Action.Execute</c> (<see cref="UniversalActions"/>).
    /// </summary>
    public static JsonObject? Build(MessageReply reply, bool universalActions = false)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Card is null && reply.Choices.Count == 0 && reply.Links.Count == 0) return null;
        if (!ReplyComparer.IsCacheable(reply)) return Fitted(reply, universalActions).Card;
        var cache = universalActions ? UniversalCache : Cache;
        if (!cache.TryGet(reply, out var card))
        {
            card = JsonElement.Parse(Fitted(reply, universalActions).Json);
            cache.Set(reply, card);
        }
        return JsonObject.Create(card);
    }

    /// <summary>The card and its JSON, its texts clipped as far as needed to stay within <see cref="CardLimits.MaxCardBytes"/>.</summary>
    private static (JsonObject Card, byte[] Json) Fitted(MessageReply reply, bool universalActions)
    {
        // Teams refuses an oversized message (413), so long texts are shortened rather than sent whole.
        var card = Render(reply, CardText.Unlimited, universalActions);
        var json = JsonSerializer.SerializeToUtf8Bytes(card);
        for (var max = FirstClip; !CardLimits.Fits(json) && max >= LastClip; max /= 2)
        {
            card = Render(reply, max, universalActions);
            json = JsonSerializer.SerializeToUtf8Bytes(card);
        }
        return (card, json);
    }

    private static JsonObject Render(MessageReply reply, int maxTextChars, bool universalActions)
    {
        var card = Render(reply, maxTextChars);
        if (universalActions) return UniversalActions.Apply(card);
        // A refresh is a Universal Action too: hosts without them get the card everyone sees.
        card.Remove("refresh");
        return card;
    }

    private static JsonObject Render(MessageReply reply, int maxTextChars) => reply.Card switch
    {
        AnswerCard answer => AnswerAdaptiveCard.Build(answer, reply, maxTextChars),
        VerdictCard verdict => VerdictAdaptiveCard.Build(verdict, reply, maxTextChars),
        HandoffCard handoff => HandoffAdaptiveCard.Build(handoff, reply, maxTextChars),
        TicketCard ticket => TicketAdaptiveCard.Build(ticket, reply, maxTextChars),
        AnsweredCard answered => AnsweredAdaptiveCard.Build(answered, reply, maxTextChars),
        _ => MessageCard.Build(reply, maxTextChars),
    };
}
