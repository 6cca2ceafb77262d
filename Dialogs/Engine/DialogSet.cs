namespace PolicyBot.Dialogs.Engine;

/// <summary>The dialogs a bot knows, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog)) throw new ArgumentException($"A dialog with id '{dialog.Id}' is already added.", nameof(dialog));
        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);
}
