namespace PolicyBot.Dialogs.Understanding;

/// <summary>One language's built index: term weights and statistics, and postings to topics and phrases.</summary>
internal sealed record IndexData(
    Dictionary<string, int> TermIds,
    double[] Weights,
    bool[] Context,
    (int Topic, float Strength)[][] TopicPostings,
    int[][] PhrasePostings,
    int[] PhraseTopics,
    double[] PhraseNorms,
    double MaxWeight);
