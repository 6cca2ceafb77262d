namespace PolicyBot.Dialogs.Turns;

/// <summary>
/// An answer the channel gave an id (Teams' own feedback buttons name it by that id): which topic it answered, and in
/// which language. Ids and topic ids only, nothing an employee typed.
/// </summary>
public sealed record AnsweredMessage(string ActivityId, string TopicId, Language Language);
