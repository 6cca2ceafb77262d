using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PolicyBot.Bot.Editor;

/// <summary>
/// A YAML node with where its text starts and ends in the file (character offsets), so the editor can replace one
/// value and leave every other character of the file (comments, layout) as it was.
/// </summary>
public sealed class YamlSpan
{
    public required YamlSpanKind Kind { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>Written as <c>[...]</c>/<c>{...}</c> or inside one: a block value cannot be written here.</summary>
    public bool InFlow { get; init; }

    public string Value { get; init; } = "";

    public ScalarStyle Style { get; init; }

    public IReadOnlyList<(YamlSpan Key, YamlSpan Value)> Entries { get; init; } = [];

    public IReadOnlyList<YamlSpan> Items { get; init; } = [];

    public YamlSpan? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    /// <summary>The file's first document, or null when the text is not valid YAML (the loader says why).</summary>
    public static YamlSpan? Parse(string text)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _)) return null;
            return Read(parser, text, inFlow: false);
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            return null;
        }
    }

    private static YamlSpan Read(IParser parser, string text, bool inFlow)
    {
        switch (parser.Current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlSpan
                {
                    Kind = YamlSpanKind.Scalar, Start = (int)scalar.Start.Index, End = (int)scalar.End.Index, InFlow = inFlow,
                    Value = scalar.Value, Style = scalar.Style,
                };
            case MappingStart map:
            {
                parser.MoveNext();
                var flow = inFlow || map.Style == MappingStyle.Flow;
                var entries = new List<(YamlSpan, YamlSpan)>();
                MappingEnd? end;
                while (!parser.TryConsume<MappingEnd>(out end)) entries.Add((Read(parser, text, flow), Read(parser, text, flow)));
                var stop = flow ? Closing(text, end!, '}') : LastEnd(entries.Select(e => e.Item2));
                return new YamlSpan { Kind = YamlSpanKind.Map, Start = (int)map.Start.Index, End = stop, InFlow = flow, Entries = entries };
            }
            case SequenceStart sequence:
            {
                parser.MoveNext();
                var flow = inFlow || sequence.Style == SequenceStyle.Flow;
                var items = new List<YamlSpan>();
                SequenceEnd? end;
                while (!parser.TryConsume<SequenceEnd>(out end)) items.Add(Read(parser, text, flow));
                // a block list ends where its last item ends; its end event sits at the next token
                var stop = flow ? Closing(text, end!, ']') : LastEnd(items);
                return new YamlSpan { Kind = YamlSpanKind.Sequence, Start = (int)sequence.Start.Index, End = stop, InFlow = flow, Items = items };
            }
            default:
                throw new YamlException("aliases and other nodes are not edited here");
        }
    }

    // a flow collection's end event may stop just before its bracket; the span takes the bracket in
    private static int Closing(string text, ParsingEvent end, char bracket) => text.IndexOf(bracket, (int)end.Start.Index) + 1;

    private static int LastEnd(IEnumerable<YamlSpan> nodes) => nodes.Select(n => n.End).DefaultIfEmpty(0).Max();
}

public enum YamlSpanKind
{
    Scalar,
    Map,
    Sequence,
}
