namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>Reads <c>quiz:</c>: its title, run length, trigger phrases and the pool of questions.</summary>
internal sealed class QuizReader(DiagnosticBag diagnostics, IdRegistry ids)
{
    public const int DefaultLength = 5;
    public const int MaxLength = 20;
    public const int RecommendedQuestions = 20;
    public const int MinAnswers = 2;
    public const int MaxAnswers = 4;

    public static Quiz? Read(Node node, DiagnosticBag diagnostics, IdRegistry ids) => new QuizReader(diagnostics, ids).Read(node);

    private Quiz? Read(Node node)
    {
        if (Fields.Of(node, "the quiz", ContentKeys.Quiz, diagnostics) is not { } fields) return null;
        var title = fields.Text("title");
        var length = Length(fields);
        var triggers = Triggers(fields);
        var questionIds = new LocalIds("question", "the quiz", diagnostics);
        var questions = fields.Items("questions", required: true, item => ReadQuestion(item, questionIds));
        if (fields.Optional("questions") is SeqNode list) CheckPoolSize(fields, list, length);

        if (title is null || length is null || triggers is null || questions is null) return null;
        return new Quiz { Title = title, Length = length.Value, Triggers = triggers, Questions = questions };
    }

    private int? Length(Fields fields)
    {
        if (fields.Scalar("length") is not { } scalar) return fields.Has("length") ? null : DefaultLength;
        if (int.TryParse(scalar.Value.Trim(), out var length) && length is >= 1 and <= MaxLength) return length;
        diagnostics.Error(scalar, $"'length' must be a whole number from 1 to {MaxLength}, not '{scalar.Value.Trim()}'");
        return null;
    }

    private void CheckPoolSize(Fields fields, SeqNode questions, int? length)
    {
        var count = questions.Items.Count;
        if (count == 0) return;
        if (length > count)
        {
            if (fields.Optional("length") is { } at)
                diagnostics.Error(at, $"'length' is {length} but the quiz has only {count} questions");
            else
                diagnostics.Error(fields.Map, $"the quiz asks {length} questions unless 'length' says otherwise, but has only {count}");
        }
        if (count < RecommendedQuestions)
            diagnostics.Warning(questions, $"the quiz has {count} questions; keep at least {RecommendedQuestions} so a run does not repeat itself");
    }

    private LocalizedList? Triggers(Fields fields)
    {
        if (fields.Required("triggers") is not { } node) return null;
        if (Values.Phrases(node, "triggers", diagnostics) is not { } triggers) return null;
        foreach (var language in Enum.GetValues<Language>().Where(l => triggers[l].Count == 0))
            diagnostics.Error(node, $"the quiz has no '{language.Code()}' trigger phrases");
        return triggers;
    }

    private QuizQuestion? ReadQuestion(Node node, LocalIds questionIds)
    {
        if (Fields.Of(node, "question", ContentKeys.QuizQuestion, diagnostics) is not { } fields) return null;
        var id = fields.Id();
        if (id is not null) fields.Context = $"question '{id.Value}'";
        if (id is not null && !questionIds.Define(id)) id = null;

        var topic = fields.Scalar("topic", required: true);
        if (topic is not null) ids.Reference("topic", topic);
        var situation = fields.Text("situation");
        var answerIds = new LocalIds("answer", fields.Context, diagnostics);
        var answers = fields.Items("answers", required: true, item => ReadAnswer(item, answerIds));
        var valid = answers is not null && CheckAnswers(fields, answers);

        if (id is null || topic is null || situation is null || answers is null || !valid) return null;
        return new QuizQuestion { Id = id.Value, Topic = topic.Value.Trim(), Situation = situation, Answers = answers };
    }

    private bool CheckAnswers(Fields question, List<QuizAnswer> answers)
    {
        var valid = true;
        if (answers.Count is < MinAnswers or > MaxAnswers)
        {
            diagnostics.Error(question.Optional("answers")!, $"{question.Context} needs {MinAnswers} to {MaxAnswers} answers, not {answers.Count}");
            valid = false;
        }
        var correct = answers.Count(a => a.Correct);
        if (correct != 1)
        {
            var problem = correct == 0 ? "no correct answer" : $"{correct} correct answers";
            diagnostics.Error(question.Map, $"{question.Context} has {problem}; mark exactly one answer with 'correct: true'");
            valid = false;
        }
        return valid;
    }

    private QuizAnswer? ReadAnswer(Node node, LocalIds answerIds)
    {
        if (Fields.Of(node, "answer", ContentKeys.QuizAnswer, diagnostics) is not { } fields) return null;
        var id = fields.Id();
        if (id is not null) fields.Context = $"answer '{id.Value}'";
        if (id is not null && !answerIds.Define(id)) id = null;

        var label = fields.Label("label");
        var correct = fields.Boolean("correct", whenMissing: false);
        var feedback = fields.Text("feedback");

        if (id is null || label is null || correct is null || feedback is null) return null;
        return new QuizAnswer { Id = id.Value, Label = label, Correct = correct.Value, Feedback = feedback };
    }
}
