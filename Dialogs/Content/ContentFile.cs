namespace PolicyBot.Dialogs.Content;

/// <summary>One content file: its path inside the content folder (forward slashes, e.g. <c>topics/privacy.yaml</c>) and its text.</summary>
public sealed record ContentFile(string Path, string Text);
