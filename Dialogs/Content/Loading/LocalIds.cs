namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>Ids that only need to be unique inside one parent: the steps of a check, the answers of a question.</summary>
internal sealed class LocalIds(string kind, string parent, DiagnosticBag diagnostics)
{
    private readonly List<ScalarNode> ids = [];

    public IReadOnlyList<ScalarNode> All => ids;

    public bool Contains(string id) => ids.Any(i => i.Value == id);

    /// <summary>Records an id; false (and an error) when the parent already has it.</summary>
    public bool Define(ScalarNode id)
    {
        if (ids.FirstOrDefault(i => i.Value == id.Value) is { } first)
        {
            diagnostics.Error(id, $"duplicate {kind} id '{id.Value}' in {parent}; first defined at line {first.Position.Line}");
            return false;
        }
        ids.Add(id);
        return true;
    }
}
