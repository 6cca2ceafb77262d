using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>
/// Turns YAML text into <see cref="Node"/> trees from YamlDotNet's parser events, so every node keeps its position.
/// A syntax error stops the file (YAML cannot recover) and is reported with its position. So do anchors and aliases
/// (one alias can stand for a huge tree, and content never needs them), nesting deeper than
/// <see cref="ContentLimits.MaxDepth"/> (the reader recurses, and a stack overflow cannot be caught) and a list longer
/// than <see cref="ContentLimits.MaxListItems"/>.
/// </summary>
internal sealed class YamlTreeParser(string file, DiagnosticBag diagnostics)
{
    private int depth;

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
        catch (RefusedException e)
        {
            diagnostics.Error(At(e.Start), e.Message);
            return null;
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
        var start = parser.Current ?? throw new YamlException("Unexpected end of the file.");
        if (start is AnchorAlias alias) throw new RefusedException(alias.Start, $"the alias '*{alias.Value.Value}' is not supported; write the text out in full");
        if (start is NodeEvent { Anchor.IsEmpty: false } anchored)
            throw new RefusedException(start.Start, $"the anchor '&{anchored.Anchor.Value}' is not supported; write the text out in full");
        return start switch
        {
            Scalar scalar => ReadScalar(parser, scalar),
            MappingStart => Nested(start, () => ReadMapping(parser)),
            SequenceStart => Nested(start, () => ReadSequence(parser)),
            _ => throw new YamlException(start.Start, start.End, $"Unexpected {start.GetType().Name}."),
        };
    }

    private Node Nested(ParsingEvent start, Func<Node> read)
    {
        if (++depth > ContentLimits.MaxDepth)
            throw new RefusedException(start.Start, $"lists and keys are nested more than {ContentLimits.MaxDepth} levels deep here; content needs about 10");
        var node = read();
        depth--;
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
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            if (items.Count == ContentLimits.MaxListItems)
                throw new RefusedException(start.Start, $"this list has more than {ContentLimits.MaxListItems} items, the most a list may have");
            items.Add(ReadNode(parser));
        }
        return new SeqNode(At(start.Start), items);
    }

    private SourcePosition At(Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    private sealed class RefusedException(Mark start, string message) : Exception(message)
    {
        public Mark Start { get; } = start;
    }
}
