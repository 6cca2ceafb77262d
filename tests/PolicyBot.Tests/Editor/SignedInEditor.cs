using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Editor;

/// <summary>
/// A browser's part in the editor's sign-in, without a browser: follows the redirect to the fake Entra server, posts
/// its answer back to the bot and keeps the cookies by hand (the sign-in cookies are Secure; a cookie container would
/// not send those over http to 127.0.0.1, browsers do).
/// </summary>
internal sealed class SignedInEditor : IDisposable
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public SignedInEditor(Uri bot) => Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = bot };

    public HttpClient Client { get; }

    /// <summary>
    /// What only a test on 127.0.0.1 needs: sign-in metadata over http (Entra's is https, still required elsewhere), and
    /// the fake tenant's issuer named, because Identity.Web's issuer validator fetches metadata over https only.
    /// </summary>
    public static Action<WebApplicationBuilder> OnLoopback(FakeEntraServer entra) => builder =>
        builder.Services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
        {
            o.RequireHttpsMetadata = false;
            o.TokenValidationParameters.ValidIssuer = entra.Issuer;
        });

    public static async Task<SignedInEditor> SignInAsync(BotHost bot, FakeEntraServer entra)
    {
        var editor = new SignedInEditor(bot.Client.BaseAddress!);
        using var challenge = await editor.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/editor/"));
        Assert.True(challenge.StatusCode == HttpStatusCode.Redirect, $"challenge: {(int)challenge.StatusCode}\n{string.Join('\n', bot.Logs.Lines.TakeLast(5))}");
        using var authorize = await editor.Client.GetAsync(challenge.Headers.Location);
        authorize.EnsureSuccessStatusCode();
        using var callback = await editor.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/signin-oidc") { Content = new FormUrlEncodedContent(entra.LastFormPost) });
        Assert.True(callback.StatusCode == HttpStatusCode.Redirect, $"sign-in callback: {(int)callback.StatusCode}\n{string.Join('\n', bot.Logs.Lines.TakeLast(3))}");
        return editor;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await Client.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0].Split('=', 2);
            if (header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase) || pair[1].Length == 0) _cookies.Remove(pair[0]);
            else _cookies[pair[0]] = pair[1];
        }
        return response;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") });

    public void Dispose() => Client.Dispose();
}
