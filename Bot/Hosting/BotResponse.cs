namespace PolicyBot.Bot.Hosting;

/// <summary>What the messaging endpoint answers: a status and an optional JSON body.</summary>
public sealed record BotResponse(int Status, object? Body = null)
{
    public static BotResponse Ok { get; } = new(StatusCodes.Status200OK);
}
