using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.FileProviders;
using PolicyBot.Bot.Editor;

namespace PolicyBot.Tests.Editor;

/// <summary>The rule: Development is open without sign-in (as the preview page is); elsewhere sign-in or no editor at all.</summary>
public sealed class EditorModeTests
{
    [Theory]
    [InlineData("Development", null, EditorMode.Open)]
    [InlineData("Development", "client-id", EditorMode.Open)]
    [InlineData("Production", null, EditorMode.Off)]
    [InlineData("Staging", "", EditorMode.Off)]
    [InlineData("Production", "client-id", EditorMode.SignIn)]
    public void DevelopmentIsOpenAndEverywhereElseNeedsSignIn(string environment, string? clientId, EditorMode expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Editor:SignIn:ClientId"] = clientId }).Build();

        Assert.Equal(expected, EditorAccess.ModeFor(configuration, new Environment(environment)));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "PolicyBot";
        public string ContentRootPath { get; set; } = ".";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
