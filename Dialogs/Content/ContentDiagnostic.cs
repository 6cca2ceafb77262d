namespace PolicyBot.Dialogs.Content;

/// <summary>
/// One content error or warning at a 1-based line and column of a file (path relative to the content folder, with
/// forward slashes). Line 0 means the problem has no single place, such as a message id that no file defines.
/// </summary>
public sealed record ContentDiagnostic(string File, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}
