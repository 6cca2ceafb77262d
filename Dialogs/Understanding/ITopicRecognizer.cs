namespace PolicyBot.Dialogs.Understanding;

/// <summary>Maps a question (Dutch or English) to a policy topic. Built once per content version; thread-safe.</summary>
public interface ITopicRecognizer
{
    RecognizerResult Recognize(string text);
}
