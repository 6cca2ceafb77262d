using System.Text.Json;
using PolicyBot.Dialogs.Engine.Prompts;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// Values of the bot's global buttons. They work whenever they are pressed, also on an old card, because they
/// carry everything they need (<c>topic:&lt;id&gt;</c>, <c>owner:&lt;id&gt;</c> with the ref of an offer in state,
/// <c>ticket:take:&lt;id&gt;</c>).
/// </summary>
public static class Commands
{
    public const string Check = "cmd:check";
    public const string Topics = "cmd:topics";
    public const string Contact = "cmd:contact";
    public const string Quiz = "cmd:quiz";
    public const string Scenarios = "cmd:scenarios";
    public const string TopicPrefix = "topic:";
    public const string CheckPrefix = "check:";
    public const string OwnerPrefix = "owner:";
    public const string TakeTicketPrefix = "ticket:take:";

    /// <summary>A topic picked from "did you mean …?": <c>suggested:&lt;id&gt;</c>, counted apart from other topic buttons.</summary>
    public const string SuggestedPrefix = "suggested:";
    public const string NoneOfThese = "cmd:none-of-these";

    /// <summary>"Did this help?" on an answer: <c>feedback:up:&lt;topic id&gt;</c> or <c>feedback:down:&lt;topic id&gt;</c>.</summary>
    public const string HelpedPrefix = "feedback:up:";
    public const string NotHelpedPrefix = "feedback:down:";

    /// <summary>
    /// A suggestion's button carries the question it answers (clipped), so a picked suggestion can become a candidate
    /// trigger phrase in <c>insights --review</c> without the bot keeping the text anywhere in between.
    /// </summary>
    public static string Suggested(string topicId, string? question)
    {
        const int MaxQuestion = 200;
        var text = (question ?? "").Trim();
        if (text.Length > MaxQuestion) text = text[..MaxQuestion];
        return SuggestedPrefix + topicId + (text.Length > 0 ? "?q=" + Uri.EscapeDataString(text) : "");
    }

    /// <summary>The topic id and question of a <see cref="Suggested"/> command.</summary>
    public static (string TopicId, string? Question) ParseSuggested(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var rest = command[SuggestedPrefix.Length..];
        var at = rest.IndexOf('?');
        return at < 0 ? (rest, null) : (rest[..at], System.Web.HttpUtility.ParseQueryString(rest[(at + 1)..])["q"]);
    }

    public static string Helped(string topicId) => HelpedPrefix + topicId;

    public static string NotHelped(string topicId) => NotHelpedPrefix + topicId;

    public static string Topic(string id) => TopicPrefix + id;

    /// <summary>Starts a guided check or what-if scenario by id.</summary>
    public static string StartCheck(string id) => CheckPrefix + id;

    public static string Owner(string id) => OwnerPrefix + id;

    /// <summary>Hand off to an owner with <paramref name="context"/> as it stands (its ref; see <see cref="HandoffOffers.Offer"/>).</summary>
    public static string Owner(HandoffContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return OwnerPrefix + context.Format();
    }

    /// <summary>"I'll take it" on a ticket card in an owner's channel.</summary>
    public static string TakeTicket(string ticketId) => TakeTicketPrefix + ticketId;

    /// <summary>The submitted global command, or null when the submit is not one (e.g. a prompt's choice).</summary>
    public static string? From(JsonElement? value) =>
        ChoiceRecognizer.SubmittedChoice(value) is { } choice && IsGlobal(choice) ? choice : null;

    public static bool IsGlobal(string value) =>
        value is Check or Topics or Contact or Quiz or Scenarios or NoneOfThese
        || value.StartsWith(SuggestedPrefix, StringComparison.Ordinal) || value.StartsWith(HelpedPrefix, StringComparison.Ordinal)
        || value.StartsWith(NotHelpedPrefix, StringComparison.Ordinal)
        || value.StartsWith(TopicPrefix, StringComparison.Ordinal) || value.StartsWith(CheckPrefix, StringComparison.Ordinal)
        || value.StartsWith(OwnerPrefix, StringComparison.Ordinal) || value.StartsWith(TakeTicketPrefix, StringComparison.Ordinal);
}
