using PolicyBot.Dialogs.Content;

namespace PolicyBot.Bot.Editor;

/// <summary>One editable value: a text in one language, a list (trigger phrases, related ids) or a single value (an owner id).</summary>
/// <param name="Path">Where it sits in its file, e.g. <c>/topics/3/answer/nl</c>.</param>
/// <param name="Label">The keys that lead to it, e.g. <c>steps.about.question</c>.</param>
/// <param name="Language"><c>nl</c>, <c>en</c>, or null for a value in no language.</param>
/// <param name="FirstLine">1-based lines of the value in the file, to put the loader's errors beside it.</param>
public sealed record EditorField(string File, string Path, string Label, string? Language, bool IsList, string Value, IReadOnlyList<string> Items, int FirstLine, int LastLine);

/// <summary>The topic, its owner or one of its checks: the fields the editor shows for it, in file order.</summary>
public sealed record EditorSection(string Kind, string Id, string File, int FirstLine, int LastLine, IReadOnlyList<EditorField> Fields);

/// <summary>Finds a topic's own entry, its owner's and its checks' in the content files and lists their values.</summary>
public static class EditorFields
{
    public static IReadOnlyList<EditorSection> ForTopic(IReadOnlyList<ContentFile> files, string topicId)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sections = new List<EditorSection>();
        if (Find(files, "topics", topicId) is not (var topic, var entry)) return sections;
        sections.Add(topic);
        if (entry["owner"] is { Kind: YamlSpanKind.Scalar } owner && Find(files, "owners", owner.Value) is (var ownerSection, _)) sections.Add(ownerSection);
        var checks = new List<string>();
        if (entry["starts-check"] is { Kind: YamlSpanKind.Scalar } starts) checks.Add(starts.Value);
        if (entry["scenarios"] is { Kind: YamlSpanKind.Sequence } scenarios) checks.AddRange(scenarios.Items.Select(i => i.Value));
        foreach (var check in checks.Distinct()) if (Find(files, "checks", check) is (var checkSection, _)) sections.Add(checkSection);
        return sections;
    }

    /// <summary>The ids of every topic in file order, with the file each is in.</summary>
    public static IEnumerable<(string Id, string File)> Topics(IReadOnlyList<ContentFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (YamlSpan.Parse(file.Text)?["topics"] is not { Kind: YamlSpanKind.Sequence } topics) continue;
            foreach (var item in topics.Items) if (item["id"] is { Kind: YamlSpanKind.Scalar } id) yield return (id.Value, file.Path);
        }
    }

    private static (EditorSection Section, YamlSpan Entry)? Find(IReadOnlyList<ContentFile> files, string list, string id)
    {
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (YamlSpan.Parse(file.Text)?[list] is not { Kind: YamlSpanKind.Sequence } entries) continue;
            for (var i = 0; i < entries.Items.Count; i++)
            {
                var entry = entries.Items[i];
                if (entry["id"]?.Value != id) continue;
                var lines = new LineMap(file.Text);
                var fields = new List<EditorField>();
                Walk(entry, "", $"/{list}/{i}", file, lines, fields);
                return (new EditorSection(list.TrimEnd('s'), id, file.Path, lines.Line(entry.Start), lines.Line(Math.Max(entry.Start, entry.End - 1)), fields), entry);
            }
        }
        return null;
    }

    private static void Walk(YamlSpan node, string label, string path, ContentFile file, LineMap lines, List<EditorField> fields)
    {
        EditorField Field(YamlSpan value, string fieldPath, string? language) => new(file.Path, fieldPath, label, language,
            value.Kind == YamlSpanKind.Sequence, value.Kind == YamlSpanKind.Scalar ? value.Value : "",
            value.Kind == YamlSpanKind.Sequence ? [.. value.Items.Select(i => i.Value)] : [],
            lines.Line(value.Start), lines.Line(Math.Max(value.Start, value.End - 1)));

        switch (node.Kind)
        {
            case YamlSpanKind.Map when node["nl"] is { } nl && node["en"] is { } en && IsLeaf(nl) && IsLeaf(en):
                fields.Add(Field(nl, path + "/nl", "nl"));
                fields.Add(Field(en, path + "/en", "en"));
                break;
            case YamlSpanKind.Map:
                foreach (var (key, value) in node.Entries)
                {
                    // ids are what other files refer to; they name the rows instead of being edited here
                    if (key.Value == "id") continue;
                    Walk(value, Join(label, key.Value), path + "/" + key.Value, file, lines, fields);
                }
                break;
            case YamlSpanKind.Sequence when node.Items.All(i => i.Kind == YamlSpanKind.Scalar):
                fields.Add(Field(node, path, null));
                break;
            case YamlSpanKind.Sequence:
                for (var i = 0; i < node.Items.Count; i++)
                    Walk(node.Items[i], Join(label, node.Items[i]["id"]?.Value ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{path}/{i}", file, lines, fields);
                break;
            default:
                fields.Add(Field(node, path, null));
                break;
        }
    }

    private static bool IsLeaf(YamlSpan node) =>
        node.Kind == YamlSpanKind.Scalar || (node.Kind == YamlSpanKind.Sequence && node.Items.All(i => i.Kind == YamlSpanKind.Scalar));

    private static string Join(string label, string key) => label.Length == 0 ? key : label + "." + key;
}

/// <summary>Character offsets to 1-based line numbers.</summary>
internal sealed class LineMap(string text)
{
    private readonly int[] _starts = [0, .. text.Select((c, i) => (c, i)).Where(p => p.c == '\n').Select(p => p.i + 1)];

    public int Line(int offset)
    {
        var found = Array.BinarySearch(_starts, offset);
        return (found >= 0 ? found : ~found - 1) + 1;
    }
}
