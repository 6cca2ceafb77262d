using System.Text.RegularExpressions;

namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>
/// A YAML mapping checked against the keys it may have: reports unknown and duplicate keys once, then hands out
/// values by key, reporting missing required keys and values of the wrong kind.
/// </summary>
internal sealed partial class Fields
{
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

    /// <summary>A lower-case kebab-case id; reports a badly formed one but still returns it.</summary>
    public ScalarNode? Id(string key = "id")
    {
        var id = Scalar(key, required: true);
        if (id is not null) CheckId(id, diagnostics);
        return id;
    }

    public LocalizedText? Text(string key, bool required = true) =>
        (required ? Required(key) : Optional(key)) is { } node ? Values.Text(node, key, diagnostics) : null;

    public static bool CheckId(ScalarNode id, DiagnosticBag diagnostics)
    {
        if (KebabCase().IsMatch(id.Value)) return true;
        diagnostics.Error(id, $"id '{id.Value}' must be lower-case kebab-case, like 'share-customer-photo'");
        return false;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
