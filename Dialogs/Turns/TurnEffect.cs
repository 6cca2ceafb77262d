namespace PolicyBot.Dialogs.Turns;

/// <summary>
/// Something a turn asks the host to do beyond its replies: a hand-off, a ticket pick-up, a usage count. The host
/// carries effects out after the turn's state is saved and its replies are sent; nothing of them is sent as such.
/// </summary>
public abstract record TurnEffect;
