using PolicyBot.Bot.Commands.Recording;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Conversations;

/// <summary>Every conversation comms staff wrote in <c>tests/conversations/*.yaml</c>, played against the bundled content.</summary>
public sealed class ConversationTests
{
    private static readonly BundledSnapshot Bundled = new();

    public static TheoryData<string> Files() => [.. Directory.GetFiles(Folder(), "*.yaml").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task ConversationGoesAsWritten(string file)
    {
        var script = ConversationScript.Load(Path.Combine(Folder(), file));

        await new ConversationRunner(new PolicyBotEngine(Bundled, new Random(7))).RunAsync(script, file);
    }

    [Fact]
    public void ThereAreConversationsInBothLanguages()
    {
        var locales = Directory.GetFiles(Folder(), "*.yaml").Select(f => ConversationScript.Load(f).Locale[..2]).ToHashSet();

        Assert.Equal(["en", "nl"], locales.Order());
    }

    /// <summary>The bundled content with the bot's real recognizer, built once for every conversation.</summary>
    private sealed class BundledSnapshot : IContentProvider
    {
        public ContentSnapshot Current { get; } = Snapshot();

        private static ContentSnapshot Snapshot()
        {
            var content = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;
            return new ContentSnapshot(content, new TopicRecognizer(content), 1);
        }
    }

    internal static string Folder() => Path.Combine(Path.GetDirectoryName(BundledContentTests.BundledContentFolder())!, "..", "tests", "conversations");
}
