using System.Text.RegularExpressions;

namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>
/// A YAML mapping checked against the keys it may have: reports unknown and duplicate keys once, then hands out
/// values by key, reporting missing required keys and values of the wrong kind.
/// </summary>
internal sealed partial class Fields
{
    public const int MaxLabelLength = 20;

    private readonly Dictionary<string, KeyValuePair<ScalarNode, Node>> entries = new(StringComparer.Ordinal);
    private readonly DiagnosticBag diagnostics;

    private Fields(MapNode map, string context, DiagnosticBag diagnostics)
    {
        Map = map;
        Context = context;
        this.diagnostics = diagnostics;
    }

    public MapNode Map { get; }

    /// <summary>How errors name this mapping ("topic", later "topic 'privacy'").</summary>
    public string Context { get; set; }

    /// <summary>Reads a mapping; reports and returns null when the node is something else.</summary>
    public static Fields? Of(Node node, string context, IReadOnlyList<string> keys, DiagnosticBag diagnostics)
    {
        if (node is not MapNode map)
        {
            diagnostics.Error(node, $"{context} must be a set of keys, not {node.Describe()}");
            return null;
        }
        var fields = new Fields(map, context, diagnostics);
        foreach (var entry in map.Entries)
        {
            var key = entry.Key.Value;
            if (!keys.Contains(key))
                diagnostics.Error(entry.Key, $"unknown key '{key}' in {context}" + Suggestions.DidYouMeanOrList(key, keys));
            else if (fields.entries.TryGetValue(key, out var first))
                diagnostics.Error(entry.Key, $"duplicate key '{key}' in {context}; first at line {first.Key.Position.Line}");
            else
                fields.entries[key] = entry;
        }
        return fields;
    }

    public bool Has(string key) => Optional(key) is not null;

    /// <summary>The key node itself, to point an error at the key rather than its value.</summary>
    public ScalarNode? Key(string key) => entries.TryGetValue(key, out var entry) ? entry.Key : null;

    /// <summary>The value of a key, or null when it is absent or left empty.</summary>
    public Node? Optional(string key) =>
        entries.TryGetValue(key, out var entry) && entry.Value is not ScalarNode { IsNull: true } ? entry.Value : null;

    public Node? Required(string key)
    {
        if (!entries.TryGetValue(key, out var entry))
            diagnostics.Error(Map, $"{Context} is missing '{key}'");
        else if (entry.Value is ScalarNode { IsNull: true })
            diagnostics.Error(entry.Value, $"'{key}' is empty");
        else
            return entry.Value;
        return null;
    }

    public ScalarNode? Scalar(string key, bool required = false) =>
        (required ? Required(key) : Optional(key)) is { } node ? Values.Scalar(node, key, diagnostics) : null;

    public string? String(string key, bool required = false) => Scalar(key, required)?.Value.Trim();

    /// <summary><c>true</c>/<c>false</c>, <paramref name="whenMissing"/> when absent; null (reported) for anything else.</summary>
    public bool? Boolean(string key, bool whenMissing)
    {
        if (Scalar(key) is not { } scalar) return Has(key) ? null : whenMissing;
        if (bool.TryParse(scalar.Value.Trim(), out var value)) return value;
        diagnostics.Error(scalar, $"'{key}' must be true or false, not '{scalar.Value.Trim()}'");
        return null;
    }

    /// <summary>A lower-case kebab-case id; reports a badly formed one but still returns it.</summary>
    public ScalarNode? Id(string key = "id")
    {
        var id = Scalar(key, required: true);
        if (id is not null) CheckId(id, diagnostics);
        return id;
    }

    public LocalizedText? Text(string key, bool required = true) =>
        (required ? Required(key) : Optional(key)) is { } node ? Values.Text(node, key, diagnostics) : null;

    /// <summary>A button text: a required text of at most <see cref="MaxLabelLength"/> characters per language.</summary>
    public LocalizedText? Label(string key)
    {
        var label = Text(key);
        if (label is null || Optional(key) is not MapNode map) return label;
        foreach (var (language, value) in map.Entries)
        {
            if (value is ScalarNode text && text.Value.Trim().Length > MaxLabelLength)
                diagnostics.Error(text, $"the '{language.Value}' label is {text.Value.Trim().Length} characters; a button label can have at most {MaxLabelLength}");
        }
        return label;
    }

    /// <summary>Reads every item of a list; null when the list is missing, empty or has a bad item.</summary>
    public List<T>? Items<T>(string key, bool required, Func<Node, T?> read) where T : class
    {
        var node = required ? Required(key) : Optional(key);
        if (node is null) return required ? null : [];
        if (Values.List(node, key, diagnostics) is not { } list) return null;
        if (required && list.Items.Count == 0) diagnostics.Error(list, $"'{key}' needs at least one item");
        var items = list.Items.Select(read).ToList();
        return items.Any(i => i is null) || (required && items.Count == 0) ? null : [.. items.OfType<T>()];
    }

    /// <summary>A list of ids that refer to topics, checks, ...; each is checked once every file has been read.</summary>
    public List<string> References(string key, string kind, IdRegistry ids)
    {
        if (Optional(key) is not { } node || Values.List(node, key, diagnostics) is not { } list) return [];
        var references = Values.Strings(list, key, diagnostics);
        foreach (var reference in references) ids.Reference(kind, reference);
        return [.. references.Select(r => r.Value.Trim())];
    }

    /// <summary>A single id that refers to a topic, owner, check ...; checked once every file has been read.</summary>
    public string? Reference(string key, string kind, IdRegistry ids)
    {
        if (Scalar(key) is not { } scalar) return null;
        ids.Reference(kind, scalar);
        return scalar.Value.Trim();
    }

    public static bool CheckId(ScalarNode id, DiagnosticBag diagnostics)
    {
        if (KebabCase().IsMatch(id.Value)) return true;
        diagnostics.Error(id, $"id '{id.Value}' must be lower-case kebab-case, like 'share-customer-photo'");
        return false;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
