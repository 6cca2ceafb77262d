using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Publishing;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Editor;

/// <summary>
/// Outside Development the editor wants Entra ID sign-in (against a fake OpenID provider on 127.0.0.1) and one of the
/// allowed groups or app roles: anonymous page views are sent to sign in, anonymous calls get 401, outsiders 403.
/// </summary>
public sealed class EditorSignInTests : IAsyncLifetime, IDisposable
{
    private const string EditorRole = "PolicyBot.ContentEditor";
    private const string EditorGroup = "5d0c1a2b-3333-4a5b-8c9d-0123456789ab";
    private readonly ContentFolder _content = ContentFolder.WithValidContent();
    private FakeEntraServer _entra = null!;

    // every editor endpoint, with a body that would be accepted from someone allowed
    private static readonly (string Method, string Path, string? Body)[] Endpoints =
    [
        ("GET", "/editor/", null),
        ("GET", "/editor/editor.js", null),
        ("GET", "/editor/api/topics", null),
        ("POST", "/editor/api/draft", """{"topic":"confidential-information","edits":[]}"""),
        ("POST", "/editor/api/try", """{"question":"share revenue","edits":[]}"""),
        ("POST", "/editor/api/diff", """{"message":"","edits":[]}"""),
        ("POST", "/editor/api/publish", """{"message":"m","edits":[{"file":"topics.yaml","path":"/topics/0/answer/en","value":"Keep turnover numbers inside."}]}"""),
        ("GET", "/editor/api/versions", null),
        ("POST", "/editor/api/rollback", """{"version":1,"message":"m"}"""),
        ("GET", "/editor/api/insights/confidential-information", null),
    ];

    public async Task InitializeAsync() => _entra = await FakeEntraServer.StartAsync();

    [Fact]
    public async Task AnonymousPageViewsAreSentToSignInAndAnonymousCallsGet401()
    {
        await using var bot = await StartAsync();
        using var anonymous = new SignedInEditor(bot.Client.BaseAddress!);

        foreach (var (method, path, body) in Endpoints)
        {
            using var response = await Send(anonymous, method, path, body);
            if (path.StartsWith("/editor/api/", StringComparison.Ordinal)) Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            else
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith($"{_entra.Url}/{FakeEntraServer.TenantId}/oauth2/v2.0/authorize?", response.Headers.Location!.ToString(), StringComparison.Ordinal);
            }
        }
        Assert.Equal([1], (await bot.Services.GetRequiredService<IContentVersionStore>().ListAsync(default)).Select(v => v.Number));
    }

    [Fact]
    public async Task ASignedInUserWithoutTheGroupOrRoleGets403OnEveryEditorEndpoint()
    {
        await using var bot = await StartAsync();
        _entra.User = new("00000000-0000-0000-0000-00000000beef", ["another-group"], ["Another.Role"]);
        using var outsider = await SignedInEditor.SignInAsync(bot, _entra);

        foreach (var (method, path, body) in Endpoints)
        {
            using var response = await Send(outsider, method, path, body);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {(int)response.StatusCode}");
            if (path == "/editor/")
            {
                var page = await response.Content.ReadAsStringAsync();
                Assert.Contains("Geen toegang tot de content-editor", page, StringComparison.Ordinal);
                Assert.Contains("No access to the content editor", page, StringComparison.Ordinal);
            }
        }
        Assert.Equal([1], (await bot.Services.GetRequiredService<IContentVersionStore>().ListAsync(default)).Select(v => v.Number));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("[723]", StringComparison.Ordinal) && l.Contains("00000000-0000-0000-0000-00000000beef", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("role")]
    [InlineData("group")]
    public async Task AMemberOfAnAllowedGroupOrRolePublishesUnderTheirObjectId(string by)
    {
        await using var bot = await StartAsync();
        const string objectId = "00000000-0000-0000-0000-00000000c0de";
        _entra.User = by == "role" ? new(objectId, [], [EditorRole]) : new(objectId, [EditorGroup], []);
        using var editor = await SignedInEditor.SignInAsync(bot, _entra);

        using var topics = await editor.GetAsync("/editor/api/topics");
        using var publish = await Send(editor, "POST", Endpoints[6].Path, Endpoints[6].Body);

        Assert.Equal(HttpStatusCode.OK, topics.StatusCode);
        Assert.True(publish.StatusCode == HttpStatusCode.OK, await publish.Content.ReadAsStringAsync());
        var version = Assert.Single(await bot.Services.GetRequiredService<IContentVersionStore>().ListAsync(default), v => v.Number == 2);
        Assert.Equal(objectId, version.Author);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("[720]", StringComparison.Ordinal) && l.Contains(objectId, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("Comms Officer", StringComparison.Ordinal) || l.Contains("comms@contoso.example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignInWithoutAnyAllowedGroupOrRoleRefusesToStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(null, SignedInEditor.OnLoopback(_entra),
            [$"Content:Path={_content.Path}", .. _entra.Settings()]));

        Assert.Contains("Editor:AllowedGroups", error.Message, StringComparison.Ordinal);
    }

    private Task<BotHost> StartAsync() => BotHost.StartAsync(null, SignedInEditor.OnLoopback(_entra),
        [$"Content:Path={_content.Path}", .. _entra.Settings(), $"Editor:AllowedRoles:0={EditorRole}", $"Editor:AllowedGroups:0={EditorGroup}"]);

    private static Task<HttpResponseMessage> Send(SignedInEditor client, string method, string path, string? body) =>
        method == "GET" ? client.GetAsync(path) : client.PostJsonAsync(path, body!);

    public async Task DisposeAsync() => await _entra.DisposeAsync();

    public void Dispose() => _content.Dispose();
}
