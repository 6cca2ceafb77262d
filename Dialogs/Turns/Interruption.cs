namespace PolicyBot.Dialogs.Turns;

/// <summary>Commands that work at any step of any dialog.</summary>
public enum Interruption
{
    None,
    Help,
    Cancel,
    StartOver,
    Back,
}
