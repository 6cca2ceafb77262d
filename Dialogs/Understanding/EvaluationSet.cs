using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>Reads a labelled question set: <c>questions: - { lang: nl|en, topic: &lt;id&gt;|null, text: "…" }</c>.</summary>
public static class EvaluationSet
{
    public static IReadOnlyList<LabelledQuestion> Load(string path) => Parse(File.ReadAllText(path), path);

    public static IReadOnlyList<LabelledQuestion> Parse(string yaml, string source = "questions")
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
        var file = deserializer.Deserialize<QuestionFile?>(yaml) ?? new QuestionFile();
        return file.Questions.Select((q, i) => new LabelledQuestion(
                LanguageExtensions.FromLocale(q.Lang) ?? throw new FormatException($"{source}: question {i + 1}: lang must be nl or en, not '{q.Lang}'."),
                string.IsNullOrWhiteSpace(q.Topic) || q.Topic == "null" ? null : q.Topic,
                q.Text ?? throw new FormatException($"{source}: question {i + 1} has no text.")))
            .ToList();
    }

    private sealed class QuestionFile
    {
        public List<QuestionEntry> Questions { get; set; } = [];
    }

    private sealed class QuestionEntry
    {
        public string? Lang { get; set; }

        public string? Topic { get; set; }

        public string? Text { get; set; }
    }
}
