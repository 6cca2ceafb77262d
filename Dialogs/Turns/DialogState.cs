namespace PolicyBot.Dialogs.Turns;

/// <summary>The dialog stack, top at index 0 as in the Bot Framework SDK.</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}
