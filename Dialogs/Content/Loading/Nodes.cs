namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>Where a node starts: file relative to the content folder, 1-based line and column.</summary>
internal readonly record struct SourcePosition(string File, int Line, int Column);

/// <summary>A YAML node that remembers where it starts, so every content error can point at a line and column.</summary>
internal abstract record Node(SourcePosition Position)
{
    public abstract string Describe();
}

internal sealed record ScalarNode(SourcePosition Position, string Value, bool IsPlain) : Node(Position)
{
    /// <summary>A plain empty, <c>~</c> or <c>null</c> value: YAML's way of leaving something out.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "empty" : "a single value";
}

internal sealed record MapNode(SourcePosition Position, IReadOnlyList<KeyValuePair<ScalarNode, Node>> Entries) : Node(Position)
{
    public override string Describe() => "a set of keys";
}

internal sealed record SeqNode(SourcePosition Position, IReadOnlyList<Node> Items) : Node(Position)
{
    public override string Describe() => "a list";
}
