namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>
/// Ids defined across all files (topics, owners, checks, messages) and the references to them; reports duplicates
/// as they are defined and unknown references once every file has been read.
/// </summary>
internal sealed class IdRegistry(DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, Dictionary<string, SourcePosition>> defined = new(StringComparer.Ordinal);
    private readonly List<(string Kind, ScalarNode Id)> references = [];

    /// <summary>Records an id; false (and an error) when the kind already has it.</summary>
    public bool Define(string kind, ScalarNode id)
    {
        var ids = Ids(kind);
        if (ids.TryGetValue(id.Value, out var first))
        {
            diagnostics.Error(id, $"duplicate {kind} id '{id.Value}'; first defined at {first.File}:{first.Line}:{first.Column}");
            return false;
        }
        ids[id.Value] = id.Position;
        return true;
    }

    public void Reference(string kind, ScalarNode id) => references.Add((kind, id));

    public bool IsDefined(string kind, string id) => Ids(kind).ContainsKey(id);

    public bool IsReferenced(string kind, string id) => references.Exists(r => r.Kind == kind && r.Id.Value == id);

    public IEnumerable<string> Defined(string kind) => Ids(kind).Keys;

    public SourcePosition? FirstDefinition(string kind) =>
        Ids(kind).Count == 0 ? null : Ids(kind).Values.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).First();

    public void ReportUnknownReferences()
    {
        foreach (var (kind, id) in references)
        {
            if (!IsDefined(kind, id.Value))
                diagnostics.Error(id, $"unknown {kind} '{id.Value}'" + Suggestions.DidYouMean(id.Value, Defined(kind)));
        }
    }

    private Dictionary<string, SourcePosition> Ids(string kind)
    {
        if (!defined.TryGetValue(kind, out var ids)) defined[kind] = ids = new(StringComparer.Ordinal);
        return ids;
    }
}
