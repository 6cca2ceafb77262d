namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>Collects errors and warnings while loading; sorted by file, line and column when handed out.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<ContentDiagnostic> errors = [];
    private readonly List<ContentDiagnostic> warnings = [];

    public bool HasErrors => errors.Count > 0;

    public void Error(SourcePosition at, string message) => errors.Add(new(at.File, at.Line, at.Column, message));

    public void Error(Node at, string message) => Error(at.Position, message);

    public void Warning(SourcePosition at, string message) => warnings.Add(new(at.File, at.Line, at.Column, message));

    public void Warning(Node at, string message) => Warning(at.Position, message);

    public IReadOnlyList<ContentDiagnostic> Errors => Sorted(errors);

    public IReadOnlyList<ContentDiagnostic> Warnings => Sorted(warnings);

    private static List<ContentDiagnostic> Sorted(List<ContentDiagnostic> list) =>
        [.. list.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)];
}
