using PolicyBot.Bot.State;

namespace PolicyBot.Bot.Retention;

/// <summary>The small rules both retention stores share: which keys belong together and what of a ticket is personal.</summary>
internal static class ErasureKeys
{
    /// <summary>The state key of the conversation whose reference is stored under <paramref name="referenceKey"/>.</summary>
    public static string StateOf(string referenceKey) => referenceKey.Replace("/references/", "/conversations/", StringComparison.Ordinal);

    /// <summary>A ticket asked in a 1:1 chat: that chat is the employee's own (a channel or group chat is not).</summary>
    public static bool IsPersonal(Ticket ticket) => ticket.Employee.Conversation?.ConversationType is null or "personal";

    /// <summary>The ticket without the id and name of whoever picked it up.</summary>
    public static Ticket WithoutPicker(Ticket ticket) => ticket with { PickedUpById = null, Details = ticket.Details with { PickedUpBy = null } };
}
