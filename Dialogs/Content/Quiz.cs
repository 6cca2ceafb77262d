namespace PolicyBot.Dialogs.Content;

/// <summary>The knowledge quiz: a pool of situations; each run asks <see cref="Length"/> of them at random.</summary>
public sealed record Quiz
{
    public required LocalizedText Title { get; init; }

    public int Length { get; init; } = 5;

    /// <summary>Whole messages that start the quiz ("quiz", "test my knowledge").</summary>
    public required LocalizedList Triggers { get; init; }

    public required IReadOnlyList<QuizQuestion> Questions { get; init; }

    public QuizQuestion? Question(string id) => Questions.FirstOrDefault(q => q.Id == id);
}

/// <summary>One situation with answer buttons, exactly one of them correct.</summary>
public sealed record QuizQuestion
{
    public required string Id { get; init; }

    /// <summary>The situation and the question, a few lines.</summary>
    public required LocalizedText Situation { get; init; }

    public required IReadOnlyList<QuizAnswer> Answers { get; init; }

    /// <summary>The policy topic the question is about: its principle is named in the feedback.</summary>
    public required string Topic { get; init; }
}

public sealed record QuizAnswer
{
    public required string Id { get; init; }

    public required LocalizedText Label { get; init; }

    public bool Correct { get; init; }

    /// <summary>Why this answer is right or wrong, shown straight after it is chosen.</summary>
    public required LocalizedText Feedback { get; init; }
}
