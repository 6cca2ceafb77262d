using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>How to reach an owner: a Teams chat deep link (question pre-filled) and a mailto link.</summary>
public static class OwnerContact
{
    public static MessageReply Build(TurnContext context, Owner owner, string? question)
    {
        var language = context.Language;
        var links = new List<LinkAction>();
        if (owner.TeamsUpn is { } upn) links.Add(new LinkAction(context.Text(MessageIds.ButtonOpenChat), TeamsChatLink(upn, question)));
        links.Add(new LinkAction(context.Text(MessageIds.ButtonEmail), MailtoLink(owner.Email, question)));
        var text = context.Text(MessageIds.HandoffContact,
            ("owner", owner.Name[language]), ("email", owner.Email), ("hours", owner.Hours[language]));
        return new MessageReply(text) { Language = language, Links = links };
    }

    /// <summary>PROTOCOL.md §6.9: <c>https://teams.microsoft.com/l/chat/0/0?users=…&amp;message=…</c>, every value escaped.</summary>
    public static string TeamsChatLink(string upn, string? message) =>
        "https://teams.microsoft.com/l/chat/0/0?users=" + Uri.EscapeDataString(upn)
        + (string.IsNullOrEmpty(message) ? "" : "&message=" + Uri.EscapeDataString(message));

    public static string MailtoLink(string email, string? body) =>
        "mailto:" + email + (string.IsNullOrEmpty(body) ? "" : "?body=" + Uri.EscapeDataString(body));
}
