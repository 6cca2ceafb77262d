using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>Reads a labelled question set: <c>questions: - { lang: nl|en, topic: &lt;id&gt;|null, text: "…" }</c>.</summary>
public static class EvaluationSet
{
    /// <summary>The sets tuned on, oldest first, in <c>tests/PolicyBot.Tests/Evaluation</c>; a new one joins at the end.</summary>
    public static readonly IReadOnlyList<string> DevelopmentFiles =
        ["questions.yaml", "development-2.yaml", "development-3.yaml", "development-4.yaml", "development-5.yaml", "development-6.yaml", "development-7.yaml", "development-8.yaml", "development-9.yaml", "development-10.yaml", "development-11.yaml"];

    /// <summary>The set nobody tunes on: its figures are read, never its misses.</summary>
    public const string BlindFile = "blind.yaml";

    /// <summary>
    /// Blind sets written later, each for a company of the writer's own choosing and in the words of its people: the first
    /// has been read after every change for many sessions, and these say how the bot does on questions it meets fresh.
    /// Read the same way: figures only. Newest last.
    /// </summary>
    public static readonly IReadOnlyList<string> FreshBlindFiles = ["blind-2.yaml", "blind-3.yaml", "blind-4.yaml", "blind-5.yaml"];

    public static IReadOnlyList<LabelledQuestion> Load(string path) => Parse(File.ReadAllText(path), path);

    public static IReadOnlyList<LabelledQuestion> Parse(string yaml, string source = "questions")
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
        QuestionFile file;
        try
        {
            file = deserializer.Deserialize<QuestionFile?>(yaml) ?? new QuestionFile();
        }
        catch (YamlException e)
        {
            var syntax = e is SyntaxErrorException ? $" ({e.Message.Split(" - ")[^1].Trim()})" : "";
            throw new FormatException($"{source}: line {e.Start.Line}: not a question set{syntax}; expected 'questions:' with a list of {{ lang: nl|en, topic: <id>|null, text: \"…\" }}", e);
        }
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
