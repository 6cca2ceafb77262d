namespace PolicyBot.Dialogs.Content;

/// <summary>What a check's verdict says to do; the content names it for each verdict, the card shows it.</summary>
public enum VerdictKind
{
    GoAhead,
    GoAheadWithCare,
    DontShare,
    AskOwner,
}
