using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// The hand-off card: who the owner is, why them, what to tell them, and how to reach them: a Teams chat deep link
/// (question pre-filled) and a mailto link.
/// </summary>
public static class OwnerContact
{
    public static MessageReply Build(TurnContext context, Owner owner, string? question)
    {
        var language = context.Language;
        var links = new List<LinkAction>();
        if (owner.TeamsUpn is { } upn) links.Add(new LinkAction(context.Text(MessageIds.ButtonOpenChat), TeamsChatLink(upn, question)));
        links.Add(new LinkAction(context.Text(MessageIds.ButtonEmail), MailtoLink(owner.Email, question)));
        var name = owner.Name[language];
        var text = context.Text(MessageIds.HandoffContact, ("owner", name), ("email", owner.Email), ("hours", owner.Hours[language]));
        var card = new HandoffCard(name, owner.Handles[language], string.IsNullOrEmpty(question) ? context.Text(MessageIds.HandoffTellDefault) : question)
        {
            WhyHeading = context.Text(MessageIds.HandoffWhy, ("owner", name)),
            TellHeading = context.Text(MessageIds.HandoffTell, ("owner", name)),
            Contact = text,
        };
        return new MessageReply(text) { Language = language, Links = links, Card = card };
    }

    /// <summary>PROTOCOL.md §6.9: <c>https://teams.microsoft.com/l/chat/0/0?users=…&amp;message=…</c>, every value escaped.</summary>
    public static string TeamsChatLink(string upn, string? message) =>
        "https://teams.microsoft.com/l/chat/0/0?users=" + Uri.EscapeDataString(upn)
        + (string.IsNullOrEmpty(message) ? "" : "&message=" + Uri.EscapeDataString(message));

    public static string MailtoLink(string email, string? body) =>
        "mailto:" + email + (string.IsNullOrEmpty(body) ? "" : "?body=" + Uri.EscapeDataString(body));
}
