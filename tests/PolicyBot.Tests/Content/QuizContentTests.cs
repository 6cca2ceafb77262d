namespace PolicyBot.Tests.Content;

/// <summary>The knowledge quiz: a pool of questions with one correct answer each.</summary>
public sealed class QuizContentTests
{
    [Fact]
    public void QuizLoadsIntoTheModel()
    {
        using var folder = ContentFolder.WithValidContent().Write("quiz.yaml", SampleContent.Quiz(20, length: "  length: 7\n"));

        var result = folder.Load();

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        var quiz = result.Content!.Quiz!;
        Assert.Equal(("Test je kennis", 7), (quiz.Title.Nl, quiz.Length));
        Assert.Equal(["quiz", "test my knowledge"], quiz.Triggers.En);
        Assert.Equal(20, quiz.Questions.Count);
        var question = quiz.Question("question-3")!;
        Assert.Equal(("confidential-information", "Situation 3"), (question.Topic, question.Situation.En));
        Assert.Equal(["share", "wait"], question.Answers.Select(a => a.Id));
        Assert.Equal(("Just share it", false, "Nee"), (question.Answers[0].Label.En, question.Answers[0].Correct, question.Answers[0].Feedback.Nl));
        Assert.True(question.Answers[1].Correct);
    }

    [Fact]
    public void ContentWithoutAQuizHasNone()
    {
        using var folder = ContentFolder.WithValidContent();

        Assert.Null(folder.Load().Content!.Quiz);
    }

    [Fact]
    public void QuizAsksFiveByDefaultAndWarnsAboutASmallPool()
    {
        using var folder = ContentFolder.WithValidContent().Write("quiz.yaml", SampleContent.Quiz(5));

        var result = folder.Load();

        Assert.Empty(result.Errors);
        Assert.Equal(5, result.Content!.Quiz!.Length);
        Assert.Equal(["quiz.yaml:5:5: the quiz has 5 questions; keep at least 20 so a run does not repeat itself"], result.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void SecondQuizIsReportedPointingAtTheFirst()
    {
        using var folder = ContentFolder.WithValidContent()
            .Write("quiz.yaml", SampleContent.Quiz(20))
            .Write("z-more.yaml", "owners: []\n" + SampleContent.Quiz(20));

        Assert.Equal(["z-more.yaml:2:1: a second 'quiz'; the content has one quiz, first defined at quiz.yaml:1:1"], folder.Errors());
    }

    [Theory]
    [InlineData("  length: many\n", 20, "quiz.yaml:3:11: 'length' must be a whole number from 1 to 20, not 'many'")]
    [InlineData("  length: 0\n", 20, "quiz.yaml:3:11: 'length' must be a whole number from 1 to 20, not '0'")]
    [InlineData("  length: 21\n", 30, "quiz.yaml:3:11: 'length' must be a whole number from 1 to 20, not '21'")]
    [InlineData("  length: 8\n", 6, "quiz.yaml:3:11: 'length' is 8 but the quiz has only 6 questions")]
    [InlineData("", 3, "quiz.yaml:2:3: the quiz asks 5 questions unless 'length' says otherwise, but has only 3")]
    public void LengthMustBeFromOneToTwentyAndFitThePool(string length, int questions, string error)
    {
        using var folder = ContentFolder.WithValidContent().Write("quiz.yaml", SampleContent.Quiz(questions, length));

        Assert.Equal([error], folder.Errors());
    }

    [Fact]
    public void QuizNeedsTriggerPhrasesInBothLanguagesAndItsRequiredKeys()
    {
        using var folder = ContentFolder.WithValidContent().Write("quiz.yaml", """
            quiz:
              titel: { nl: Quiz, en: Quiz }
              triggers: { nl: [quiz] }
            """);

        Assert.Equal(
        [
            "quiz.yaml:2:3: unknown key 'titel' in the quiz; did you mean 'title'?",
            "quiz.yaml:2:3: the quiz is missing 'title'",
            "quiz.yaml:2:3: the quiz is missing 'questions'",
            "quiz.yaml:3:13: the quiz has no 'en' trigger phrases",
        ], folder.Errors());
    }

    [Fact]
    public void QuestionErrorsAreReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("quiz.yaml", SampleContent.Quiz(20)
            .Replace("id: question-2\n", "id: question-1\n")
            .Replace("id: question-3\n", "id: Question_3\n")
            .Replace("situation: { nl: Situatie 4, en: Situation 4 }", "situation: { nl: Situatie 4 }")
            .Replace("- id: question-5\n      topic: confidential-information", "- id: question-5\n      topic: confidential-informaton"));

        Assert.Equal(
        [
            "quiz.yaml:16:11: duplicate question id 'question-1' in the quiz; first defined at line 5",
            "quiz.yaml:27:11: id 'Question_3' must be lower-case kebab-case, like 'share-customer-photo'",
            "quiz.yaml:40:18: 'situation' is missing the 'en' translation",
            "quiz.yaml:50:14: unknown topic 'confidential-informaton'; did you mean 'confidential-information'?",
        ], folder.Errors());
    }

    [Fact]
    public void AnswerErrorsAreReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("quiz.yaml", """
            quiz:
              title: { nl: Quiz, en: Quiz }
              length: 1
              triggers: { nl: [quiz], en: [quiz] }
              questions:
                - id: revenue
                  topic: confidential-information
                  situation: { nl: Situatie, en: Situation }
                  answers:
                    - id: share
                      label: { nl: Gewoon delen, en: Just share it with everyone }
                      feedback: { nl: Nee, en: No }
                    - id: share
                      label: { nl: Wachten, en: Wait }
                      correct: yes
                      feedback: { nl: Ja }
                      topic: confidential-information
            """);

        Assert.Equal(
        [
            "quiz.yaml:11:42: the 'en' label is 27 characters; a button label can have at most 20",
            "quiz.yaml:13:15: duplicate answer id 'share' in question 'revenue'; first defined at line 10",
            "quiz.yaml:15:20: 'correct' must be true or false, not 'yes'",
            "quiz.yaml:16:21: 'feedback' is missing the 'en' translation",
            "quiz.yaml:17:11: unknown key 'topic' in answer; expected one of: id, label, correct, feedback",
        ], folder.Errors());
    }

    [Fact]
    public void QuestionNeedsExactlyOneCorrectAnswerReportedAtTheQuestion()
    {
        using var folder = ContentFolder.WithValidContent().Write("quiz.yaml", """
            quiz:
              title: { nl: Quiz, en: Quiz }
              length: 1
              triggers: { nl: [quiz], en: [quiz] }
              questions:
                - id: none-correct
                  topic: confidential-information
                  situation: { nl: Situatie, en: Situation }
                  answers:
                    - { id: a, label: { nl: A, en: A }, feedback: { nl: A, en: A } }
                    - { id: b, label: { nl: B, en: B }, correct: false, feedback: { nl: B, en: B } }
                - id: two-correct
                  topic: confidential-information
                  situation: { nl: Situatie, en: Situation }
                  answers:
                    - { id: a, label: { nl: A, en: A }, correct: true, feedback: { nl: A, en: A } }
                    - { id: b, label: { nl: B, en: B }, correct: true, feedback: { nl: B, en: B } }
            """);

        Assert.Equal(
        [
            "quiz.yaml:6:7: question 'none-correct' has no correct answer; mark exactly one answer with 'correct: true'",
            "quiz.yaml:12:7: question 'two-correct' has 2 correct answers; mark exactly one answer with 'correct: true'",
        ], folder.Errors());
    }

    [Fact]
    public void QuestionNeedsTwoToFourAnswers()
    {
        using var folder = ContentFolder.WithValidContent().Write("quiz.yaml", """
            quiz:
              title: { nl: Quiz, en: Quiz }
              length: 1
              triggers: { nl: [quiz], en: [quiz] }
              questions:
                - id: one-answer
                  topic: confidential-information
                  situation: { nl: Situatie, en: Situation }
                  answers:
                    - { id: a, label: { nl: A, en: A }, correct: true, feedback: { nl: A, en: A } }
                - id: five-answers
                  topic: confidential-information
                  situation: { nl: Situatie, en: Situation }
                  answers:
                    - { id: a, label: { nl: A, en: A }, correct: true, feedback: { nl: A, en: A } }
                    - { id: b, label: { nl: B, en: B }, feedback: { nl: B, en: B } }
                    - { id: c, label: { nl: C, en: C }, feedback: { nl: C, en: C } }
                    - { id: d, label: { nl: D, en: D }, feedback: { nl: D, en: D } }
                    - { id: e, label: { nl: E, en: E }, feedback: { nl: E, en: E } }
            """);

        Assert.Equal(
        [
            "quiz.yaml:10:9: question 'one-answer' needs 2 to 4 answers, not 1",
            "quiz.yaml:15:9: question 'five-answers' needs 2 to 4 answers, not 5",
        ], folder.Errors());
    }
}
