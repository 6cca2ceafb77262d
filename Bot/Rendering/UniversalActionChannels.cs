namespace PolicyBot.Bot.Rendering;

/// <summary>
/// Where the bot sends <c>Action.Execute</c> (Universal Actions): Teams only, as Microsoft documents them for Teams and
/// Outlook. Every other channel gets <c>Action.Submit</c>: Web Chat, Direct Line and the Emulator do not send
/// <c>adaptiveCard/action</c>. On Teams each <c>Action.Execute</c> keeps its <c>Action.Submit</c> as fallback for older clients.
/// </summary>
public static class UniversalActionChannels
{
    public static bool Supports(string? channelId) => channelId == TeamsAnswers.ChannelId;
}
