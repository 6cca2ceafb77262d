using PolicyBot.Dialogs.Content.Loading;

namespace PolicyBot.Dialogs.Content.Checking;

/// <summary>The content folder's YAML as position-aware trees (it loaded without errors), and what the checks read from them.</summary>
internal static class ContentTrees
{
    public static List<Node> Parse(string folder)
    {
        // the same limits as the load: a file may have changed since it passed
        var trees = new List<Node>();
        var bytes = 0L;
        foreach (var (path, relative) in ContentFiles.Find(folder))
        {
            if (ContentFiles.Read(path, relative, ref bytes, new DiagnosticBag()) is { } text)
                trees.AddRange(new YamlTreeParser(relative, new DiagnosticBag()).Parse(text) ?? []);
        }
        return trees;
    }

    public static IEnumerable<TriggerPhrase> Triggers(IEnumerable<Node> trees)
    {
        foreach (var topic in trees.OfType<MapNode>().Select(t => Get(t, "topics")).OfType<SeqNode>().SelectMany(s => s.Items).OfType<MapNode>())
        {
            if (Get(topic, "id") is not ScalarNode id || Get(topic, "triggers") is not MapNode triggers) continue;
            foreach (var language in Enum.GetValues<Language>())
            {
                if (Get(triggers, language.Code()) is not SeqNode phrases) continue;
                foreach (var phrase in phrases.Items.OfType<ScalarNode>().Where(p => !p.IsNull))
                    yield return new TriggerPhrase(id.Value, language, phrase);
            }
        }
    }

    /// <summary>Every map anywhere that holds exactly a Dutch and an English text.</summary>
    public static IEnumerable<TextPair> Texts(IEnumerable<Node> trees)
    {
        var stack = new Stack<Node>(trees);
        while (stack.TryPop(out var node))
        {
            if (node is SeqNode seq) foreach (var item in seq.Items) stack.Push(item);
            if (node is not MapNode map) continue;
            if (map.Entries.Count == 2 && Get(map, "nl") is ScalarNode nl && Get(map, "en") is ScalarNode en)
                yield return new TextPair(map, nl, en);
            foreach (var (_, value) in map.Entries) stack.Push(value);
        }
    }

    private static Node? Get(MapNode map, string key) => map.Entries.FirstOrDefault(e => e.Key.Value == key).Value;
}
