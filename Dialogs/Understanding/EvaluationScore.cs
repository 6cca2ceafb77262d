namespace PolicyBot.Dialogs.Understanding;

/// <summary>How many of a group of questions came out right.</summary>
public sealed record EvaluationScore(int Correct, int Total)
{
    public double Rate => Total == 0 ? 0 : (double)Correct / Total;

    public override string ToString() => $"{Correct}/{Total} ({Rate:P1})";
}
