using PolicyBot.Dialogs.Content;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// What the quiz keeps between turns (<see cref="QuizDialog"/>'s own state record): the drawn question ids, the
/// position, the score and the topics of the questions missed.
/// </summary>
public sealed record QuizState
{
    public List<string> Questions { get; set; } = [];

    public int Index { get; set; }

    public int Score { get; set; }

    public int Answered { get; set; }

    /// <summary>Answers in a row that were not understood at the current question.</summary>
    public int Attempts { get; set; }

    public List<string> MissedTopics { get; set; } = [];

    public int Count => Questions.Count;

    public void Start(IEnumerable<string> questionIds)
    {
        Questions = [.. questionIds];
        Index = Score = Answered = Attempts = 0;
        MissedTopics = [];
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
        else if (!MissedTopics.Contains(topic)) MissedTopics.Add(topic);
    }

    /// <summary>Moves to the next question that still exists; false when the quiz is over.</summary>
    public bool MoveNext(Quiz quiz)
    {
        Index++;
        return Current(quiz) is not null;
    }
}
