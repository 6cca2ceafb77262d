using System.Globalization;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;

namespace PolicyBot.Dialogs.Policy;

/// <summary>Typed view over the quiz's stored values: the drawn question ids, the position, the score, the misses.</summary>
internal sealed class QuizState(DialogInstance instance)
{
    private Dictionary<string, string> Values => instance.Values;

    public IReadOnlyList<string> Questions => Split("questions");

    public int Index
    {
        get => Int("index");
        private set => Values["index"] = Text(value);
    }

    public int Count => Questions.Count;

    public int Score
    {
        get => Int("score");
        private set => Values["score"] = Text(value);
    }

    public int Answered
    {
        get => Int("answered");
        private set => Values["answered"] = Text(value);
    }

    public int Attempts
    {
        get => Int("attempts");
        set => Values["attempts"] = Text(value);
    }

    public IReadOnlyList<string> MissedTopics => Split("missed");

    public void Start(IEnumerable<string> questionIds)
    {
        Values.Clear();
        Values["questions"] = string.Join(',', questionIds);
        Index = 0;
    }

    /// <summary>The question at the current position, skipping any the content no longer has.</summary>
    public QuizQuestion? Current(Quiz quiz)
    {
        while (Index < Count)
        {
            if (quiz.Question(Questions[Index]) is { } question) return question;
            Index++;
        }
        return null;
    }

    public void Record(bool correct, string topic)
    {
        Answered++;
        Attempts = 0;
        if (correct) Score++;
        else if (!MissedTopics.Contains(topic)) Values["missed"] = string.Join(',', [.. MissedTopics, topic]);
    }

    /// <summary>Moves to the next question that still exists; false when the quiz is over.</summary>
    public bool MoveNext(Quiz quiz)
    {
        Index++;
        return Current(quiz) is not null;
    }

    private int Int(string key) => int.TryParse(Values.GetValueOrDefault(key), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private IReadOnlyList<string> Split(string key) => Values.GetValueOrDefault(key, "").Split(',', StringSplitOptions.RemoveEmptyEntries);
}
