namespace PolicyBot.Bot.Preview;

/// <summary>Section <c>Preview</c>: the browser preview page at <c>/</c> for comms staff and testers.</summary>
public sealed record PreviewOptions
{
    public const string Section = "Preview";

    /// <summary>Serve the page outside Development too. Never on a public bot: it talks to the bot without a token.</summary>
    public bool Enabled { get; init; }
}
