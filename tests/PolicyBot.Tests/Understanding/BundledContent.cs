using PolicyBot.Dialogs.Content;
using YamlDotNet.Serialization;

namespace PolicyBot.Tests.Understanding;

/// <summary>
/// The repository's bundled content folder and evaluation set, found by walking up to PolicyBot.sln.
/// Reads only what the recognizer needs (topics, synonyms); replace with ContentLoader once it is on main.
/// </summary>
internal static class BundledContent
{
    public static string Root { get; } = FindRoot();

    public static string EvaluationSetPath => Path.Combine(Root, "tests", "PolicyBot.Tests", "Evaluation", "questions.yaml");

    public static PolicyContent Load()
    {
        var deserializer = new DeserializerBuilder().Build();
        var topics = new List<Topic>();
        var synonyms = new LocalizedSynonyms([], []);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "Dialogs", "Content"), "*.yaml", SearchOption.AllDirectories))
        {
            var root = deserializer.Deserialize<Dictionary<string, object>?>(File.ReadAllText(file));
            if (root?.GetValueOrDefault("topics") is List<object> list)
                topics.AddRange(list.Cast<Dictionary<object, object>>().Select(ToTopic));
            if (root?.GetValueOrDefault("synonyms") is Dictionary<object, object> groups)
                synonyms = new LocalizedSynonyms(Groups(groups.GetValueOrDefault("nl")), Groups(groups.GetValueOrDefault("en")));
        }
        return new PolicyContent { Topics = topics, Owners = [], Checks = [], Messages = new Dictionary<string, LocalizedText>(), Synonyms = synonyms };
    }

    private static Topic ToTopic(Dictionary<object, object> t)
    {
        var triggers = (Dictionary<object, object>)t["triggers"];
        return new Topic
        {
            Id = (string)t["id"],
            Title = Text(t["title"]),
            Answer = Text(t["answer"]),
            Triggers = new LocalizedList(Strings(triggers.GetValueOrDefault("nl")), Strings(triggers.GetValueOrDefault("en"))),
        };
    }

    private static LocalizedText Text(object node)
    {
        var map = (Dictionary<object, object>)node;
        return new LocalizedText((string)map["nl"], (string)map["en"]);
    }

    private static List<string> Strings(object? node) => node is List<object> list ? list.Cast<string>().ToList() : [];

    private static List<IReadOnlyList<string>> Groups(object? node) =>
        node is List<object> list ? list.Select(g => (IReadOnlyList<string>)Strings(g)).ToList() : [];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PolicyBot.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("PolicyBot.sln not found above " + AppContext.BaseDirectory);
    }
}
