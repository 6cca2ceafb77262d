using System.Globalization;
using PolicyBot.Dialogs.Content;

namespace PolicyBot.Bot.Editor;

/// <summary>One changed value: a text or single value (<see cref="Value"/>) or a whole list (<see cref="Items"/>).</summary>
public sealed record FieldEdit(string File, string Path, string? Value, IReadOnlyList<string>? Items);

/// <summary>
/// A draft is the published files with the editor's changes written into them, value by value, so the files the bot
/// would load are exactly what <c>check</c> and <c>content publish</c> validate.
/// </summary>
public static class ContentDraft
{
    /// <summary>The files with every edit applied, or what could not be applied (nothing is then applied).</summary>
    public static (IReadOnlyList<ContentFile> Files, IReadOnlyList<string> Problems) Apply(IReadOnlyList<ContentFile> files, IReadOnlyList<FieldEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(edits);
        var problems = new List<string>();
        var result = files.ToList();
        foreach (var group in edits.GroupBy(e => e.File, StringComparer.Ordinal))
        {
            var index = result.FindIndex(f => f.Path == group.Key);
            if (index < 0)
            {
                problems.Add($"{group.Key}: no such content file");
                continue;
            }
            var text = result[index].Text;
            var root = YamlSpan.Parse(text);
            var replacements = new List<(int Start, int End, string Text)>();
            foreach (var edit in group)
            {
                var node = root is null ? null : Resolve(root, edit.Path);
                if (node is null)
                    problems.Add($"{edit.File}: {edit.Path} is not in the published content any more");
                else if (edit.Items is { } items && node.Kind == YamlSpanKind.Sequence)
                    replacements.Add((node.Start, node.End, YamlWriter.List([.. items.Select(i => i.Trim()).Where(i => i.Length > 0)], node, text)));
                else if (edit.Value is { } value && node.Kind == YamlSpanKind.Scalar)
                    replacements.Add((node.Start, node.End, YamlWriter.Scalar(value, node, text)));
                else
                    problems.Add($"{edit.File}: {edit.Path} holds {(node.Kind == YamlSpanKind.Sequence ? "a list" : "a value")}, not what was sent");
            }
            foreach (var (start, end, replacement) in replacements.OrderByDescending(r => r.Start))
                text = string.Concat(text.AsSpan(0, start), replacement, text.AsSpan(end));
            result[index] = result[index] with { Text = text };
        }
        return problems.Count > 0 ? (files, problems) : (result, problems);
    }

    /// <summary>The errors that belong to a field (same file, within its lines; by <see cref="Key"/>), and the rest.</summary>
    public static (Dictionary<string, List<string>> ByField, List<string> Other) Place(IReadOnlyList<ContentDiagnostic> diagnostics, IReadOnlyList<EditorSection> sections)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(sections);
        var byField = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var other = new List<string>();
        var fields = sections.SelectMany(s => s.Fields).ToList();
        foreach (var diagnostic in diagnostics)
        {
            var field = fields.Where(f => f.File == diagnostic.File && diagnostic.Line >= f.FirstLine && diagnostic.Line <= f.LastLine)
                .OrderBy(f => f.LastLine - f.FirstLine).FirstOrDefault();
            if (field is null) other.Add(diagnostic.ToString());
            else (byField.TryGetValue(Key(field), out var list) ? list : byField[Key(field)] = []).Add(diagnostic.Message);
        }
        return (byField, other);
    }

    /// <summary>How <see cref="Place"/> names a field: its file and path.</summary>
    public static string Key(EditorField field) => field.File + "#" + field.Path;

    private static YamlSpan? Resolve(YamlSpan root, string path)
    {
        var node = root;
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.Kind switch
            {
                YamlSpanKind.Map => node[segment],
                YamlSpanKind.Sequence when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < node.Items.Count => node.Items[i],
                _ => null,
            };
            if (node is null) return null;
        }
        return node;
    }
}
