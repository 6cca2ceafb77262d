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
            diagnostics.Error(At(e.Start), "YAML syntax error: " + e.Message);
            return null;
        }
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
