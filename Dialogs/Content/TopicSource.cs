namespace PolicyBot.Dialogs.Content;

/// <summary>
/// The policy page a topic's answer rests on: its title and an absolute https URL, per language. Teams shows it as a
/// citation under the answer; other channels as a "Source" link on the card.
/// </summary>
public sealed record TopicSource(LocalizedText Title, LocalizedText Url);
