using System.Runtime.CompilerServices;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Text;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// The main menu: its buttons under the welcome, "nothing matches" and similar messages, and its labels typed as a
/// message, which is how Teams sends a pick from the bot's command menu.
/// </summary>
public static class PolicyMenu
{
    public static void SendWelcome(TurnContext context) => SendMenu(context, MessageIds.Welcome);

    /// <summary>A content message with the main menu's buttons under it.</summary>
    public static void SendMenu(TurnContext context, string messageId) =>
        context.Send(new MessageReply(context.Text(messageId)) { Language = context.Language, Choices = Choices(context), FromContent = true });

    public static void SendNoMatch(TurnContext context) => SendMenu(context, MessageIds.NoMatch);

    private static readonly (ButtonAction Command, string Label)[] Menu =
    [
        (Commands.Check, MessageIds.ButtonCheck),
        (Commands.Topics, MessageIds.ButtonTopics),
        (Commands.Contact, MessageIds.ButtonContact),
        (Commands.Quiz, MessageIds.ButtonQuiz),
        (Commands.Scenarios, MessageIds.ButtonScenarios),
        (InterruptionRecognizer.HelpCommand, MessageIds.ButtonHelp),
    ];

    private static List<Choice> Choices(TurnContext context) =>
        [.. Menu.Select(m => new Choice(m.Command, context.Text(m.Label)))];

    /// <summary>
    /// A menu button's label typed as the message, in either language ("Browse topics", "ik wil iemand spreken"):
    /// what Teams sends when someone picks the bot's command from its command menu. Only short messages count, so a
    /// question that happens to contain a label still reaches the recognizer. "Wat als…?" counts only alone: "what if he
    /// sees it?" is a follow-up.
    /// </summary>
    /// <param name="whole">Only the label itself counts (in a dialog, where "iemand spreken" could be part of an answer).</param>
    public static ButtonAction? TypedCommand(TurnContext context, bool whole = false)
    {
        const int MaxWords = 5;
        var words = context.Words;
        // "show me the topics", "welke onderwerpen zijn er?": the content's other words for the topics button, as a whole
        // message ("which topics are off limits?" is a question).
        const int MaxTopicListWords = 8;
        if (words.Length <= MaxTopicListWords && TopicListRequests(context.Content).Contains(WholeMessage.Key(words))) return Commands.Topics;
        if (words.Length is 0 or > MaxWords) return null;
        var text = context.PaddedWords;
        foreach (var (command, phrase) in Phrases(context.Content))
            if (whole || command == Commands.Scenarios ? text == phrase : text.Contains(phrase, StringComparison.Ordinal)) return command;
        return null;
    }

    // The menu labels of both languages, normalized and padded with spaces: they follow from the content alone, so they
    // are made once per content version (a reload brings new texts, and the old entry goes with the old content).
    private static readonly ConditionalWeakTable<PolicyContent, (ButtonAction Command, string Phrase)[]> PhrasesByContent = new();

    private static readonly ConditionalWeakTable<PolicyContent, HashSet<string>> TopicListRequestsByContent = new();

    private static HashSet<string> TopicListRequests(PolicyContent content) =>
        TopicListRequestsByContent.GetValue(content, c => [.. c.TopicListRequests.All.Select(WholeMessage.KeyOf).Where(k => k.Length > 0)]);

    private static (ButtonAction Command, string Phrase)[] Phrases(PolicyContent content) =>
        PhrasesByContent.GetValue(content, c =>
        [
            // Not "help": inside a question ("iets verkeerds gepost, help") it is a plea, and alone InterruptionRecognizer
            // has already taken it.
            .. Menu.Where(m => m.Command is not Interrupt).SelectMany(m =>
                TextNormalizer.PaddedPhrases([c.Message(m.Label).Nl, c.Message(m.Label).En]).Select(p => (m.Command, p))),
        ]);
}
