namespace PolicyBot.Dialogs.Content;

/// <summary>
/// A kind of small talk ("thanks", "hello", "ok"): the phrases that make up a whole message of it, per language, and
/// the message (<c>messages.yaml</c>) the bot answers with. A phrase listed in both languages says nothing about the
/// language; one listed in one language only answers in that language.
/// </summary>
public sealed record SmallTalk(string Reply, LocalizedList Phrases);

/// <summary>What a small-talk message gets: the reply's message id, and the language when only one language uses its words.</summary>
public sealed record SmallTalkMatch(string Reply, Language? Language);
