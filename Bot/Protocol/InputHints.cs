namespace PolicyBot.Bot.Protocol;

/// <summary>Wire values of <c>inputHint</c> (the swagger's <c>…Input</c> forms).</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
