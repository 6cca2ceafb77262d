using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>
/// Turns YAML text into <see cref="Node"/> trees from YamlDotNet's parser events, so every node keeps its position.
/// A syntax error stops the file (YAML cannot recover) and is reported with its position.
/// </summary>
internal sealed class YamlTreeParser(string file, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, Node> anchors = new(StringComparer.Ordinal);

    /// <summary>The documents in the text (usually one), or null after a syntax error.</summary>
    public IReadOnlyList<Node>? Parse(string text)
    {
        var parser = new Parser(new StringReader(text));
        var documents = new List<Node>();
        try
        {
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out _))
            {
                documents.Add(ReadNode(parser));
                parser.Consume<DocumentEnd>();
            }
            parser.Consume<StreamEnd>();
            return documents;
        }
        catch (YamlException e)
        {
            var at = e.Message.Contains("tab", StringComparison.Ordinal) ? FirstIndentingTab(text, e.Start) : At(e.Start);
            diagnostics.Error(at, "YAML syntax error: " + e.Message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 throws this for some unclosed flow lists instead of a YamlException
            var at = parser.Current is { } last ? At(last.End) : new SourcePosition(file, 1, 1);
            diagnostics.Error(at, "YAML syntax error: the file cannot be read from here on; look for an unclosed '[', '{' or quote.");
            return null;
        }
    }

    // the scanner reports a tab in the indentation at the start of the enclosing mapping; point at the tab itself
    private SourcePosition FirstIndentingTab(string text, Mark from)
    {
        var lines = text.Split('\n');
        for (var line = (int)from.Line - 1; line < lines.Length; line++)
        {
            var indent = lines[line].Length - lines[line].TrimStart(' ', '\t').Length;
            var tab = lines[line].IndexOf('\t', 0, indent);
            if (tab >= 0) return new SourcePosition(file, line + 1, tab + 1);
        }
        return At(from);
    }

    private Node ReadNode(IParser parser)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (anchors.TryGetValue(alias.Value.Value, out var target)) return target;
            throw new YamlException(alias.Start, alias.End, $"Unknown anchor '*{alias.Value.Value}'.");
        }
        var start = parser.Current ?? throw new YamlException("Unexpected end of the file.");
        Node node = start switch
        {
            Scalar scalar => ReadScalar(parser, scalar),
            MappingStart => ReadMapping(parser),
            SequenceStart => ReadSequence(parser),
            _ => throw new YamlException(start.Start, start.End, $"Unexpected {start.GetType().Name}."),
        };
        if (start is NodeEvent { Anchor.IsEmpty: false } anchored) anchors[anchored.Anchor.Value] = node;
        return node;
    }

    private ScalarNode ReadScalar(IParser parser, Scalar scalar)
    {
        parser.MoveNext();
        return new ScalarNode(At(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
    }

    private MapNode ReadMapping(IParser parser)
    {
        var start = parser.Consume<MappingStart>();
        var entries = new List<KeyValuePair<ScalarNode, Node>>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(parser);
            var value = ReadNode(parser);
            if (key is ScalarNode scalarKey) entries.Add(new(scalarKey, value));
            else diagnostics.Error(key, $"a key must be a single word, not {key.Describe()}");
        }
        return new MapNode(At(start.Start), entries);
    }

    private SeqNode ReadSequence(IParser parser)
    {
        var start = parser.Consume<SequenceStart>();
        var items = new List<Node>();
        while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser));
        return new SeqNode(At(start.Start), items);
    }

    private SourcePosition At(Mark mark) => new(file, (int)mark.Line, (int)mark.Column);
}
