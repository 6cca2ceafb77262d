namespace PolicyBot.Dialogs.Understanding;

/// <summary>Maps a question (Dutch or English) to a policy topic. Built once per content version; thread-safe.</summary>
public interface ITopicRecognizer
{
    RecognizerResult Recognize(string text);

    /// <summary>As <see cref="Recognize(string)"/>, stopping with <see cref="OperationCanceledException"/> when the turn's deadline passes.</summary>
    RecognizerResult Recognize(string text, CancellationToken cancellationToken) => Recognize(text);
}
