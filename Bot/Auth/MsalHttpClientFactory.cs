using Microsoft.Identity.Client;

namespace PolicyBot.Bot.Auth;

/// <summary>MSAL's HTTP calls (token endpoint, managed identity endpoint) through the app's <see cref="IHttpClientFactory"/>.</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public const string HttpClientName = "BotAuthToken";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(HttpClientName);
}
