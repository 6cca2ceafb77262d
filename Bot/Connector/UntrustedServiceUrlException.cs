namespace PolicyBot.Bot.Connector;

/// <summary>The app token was withheld from a serviceUrl we have no reason to trust; the send is dropped.</summary>
public sealed class UntrustedServiceUrlException(string serviceHost)
    : Exception($"The service URL host {serviceHost} is not trusted to receive the bot's token.")
{
    public string ServiceHost { get; } = serviceHost;
}
