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
        var text = context.Text(MessageIds.HandoffContact, ("owner", owner.InSentence(language)), ("email", owner.Email), ("hours", owner.Hours[language]));
        // A confirmed question the bot cannot post itself (no ticket channel) waits in the links for the employee to send.
        if (!string.IsNullOrEmpty(question) && owner.TeamsChannel is null) text = context.Text(MessageIds.HandoffPrepared) + " " + text;
        var card = new HandoffCard(name, owner.Handles[language], string.IsNullOrEmpty(question) ? context.Text(MessageIds.HandoffTellDefault) : question)
        {
            WhyHeading = context.Text(MessageIds.HandoffWhy, ("owner", owner.InSentence(language))),
            TellHeading = context.Text(MessageIds.HandoffTell, ("owner", owner.InSentence(language))),
            Contact = text,
            TellAsWritten = !string.IsNullOrEmpty(question),
        };
        return new MessageReply(text) { Language = language, Links = links, Card = card };
    }

    /// <summary>
    /// The longest link built: mail clients and browsers cut or refuse longer ones (a link .NET cannot parse is left
    /// off the card), and two links of a long question would push the card past Teams' size limit (413).
    /// </summary>
    public const int MaxLinkChars = 2000;

    private const string Ellipsis = "…";

    /// <summary>PROTOCOL.md §6.9: <c>https://teams.microsoft.com/l/chat/0/0?users=…&amp;message=…</c>, every value escaped, the message clipped to fit <see cref="MaxLinkChars"/>.</summary>
    public static string TeamsChatLink(string upn, string? message) =>
        WithText("https://teams.microsoft.com/l/chat/0/0?users=" + Uri.EscapeDataString(upn), "&message=", message);

    public static string MailtoLink(string email, string? body) => WithText("mailto:" + email, "?body=", body);

    private static string WithText(string link, string separator, string? text)
    {
        if (string.IsNullOrEmpty(text)) return link;
        var room = MaxLinkChars - link.Length - separator.Length;
        var escaped = Uri.EscapeDataString(text);
        // Escaping makes text up to 9 times longer (3 bytes of UTF-8, each %XX): shrink by the ratio until it fits.
        for (var length = text.Length; escaped.Length > room && length > 0;)
        {
            length = Math.Min(length - 1, (int)((long)length * room / escaped.Length));
            if (length > 0 && char.IsHighSurrogate(text[length - 1])) length--;
            escaped = length > 0 ? Uri.EscapeDataString(text[..length] + Ellipsis) : "";
        }
        return escaped.Length == 0 ? link : link + separator + escaped;
    }
}
