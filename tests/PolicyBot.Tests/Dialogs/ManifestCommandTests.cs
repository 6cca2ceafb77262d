using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// Teams sends a command picked from the bot's command menu as plain text: every command in the manifest, in English
/// and in the Dutch localisation, must start what it promises.
/// </summary>
public class ManifestCommandTests
{
    private static readonly string Folder = BundledContentTests.BundledContentFolder();
    private static readonly PolicyContent Content = ContentLoader.Load(Folder).Content!;

    public static TheoryData<string, string> Commands()
    {
        var manifest = Path.Combine(Folder, "..", "..", "manifest");
        var english = JsonNode.Parse(File.ReadAllText(Path.Combine(manifest, "manifest.json")))!["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();
        var dutch = JsonNode.Parse(File.ReadAllText(Path.Combine(manifest, "nl.json")))!.AsObject();
        var data = new TheoryData<string, string>();
        for (var i = 0; i < english.Count; i++)
        {
            // A prompt starter sends its prompt; a menu command its title.
            var sent = (string?)english[i]!["type"] == "prompt" ? "prompt" : "title";
            data.Add((string)english[i]![sent]!, "en-US");
            data.Add((string)dutch[$"bots[0].commandLists[0].commands[{i}].{sent}"]!, "nl-NL");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task EveryManifestCommandStartsItsDialog(string command, string locale)
    {
        var engine = new PolicyBotEngine(new SwappableContentWith(Content));
        var state = new ConversationData();

        var result = await engine.OnTurnAsync(TurnInput.Message(command, locale), state, CancellationToken.None);

        var reply = result.Messages.First();
        Assert.True(
            reply.Choices.Count > 0 || reply.ExpectingInput || result.Messages.Count() > 1,
            $"'{command}' got no menu, prompt or check: '{reply.Text}'");
        Assert.DoesNotContain(Content.Message(MessageIds.NoMatch)[global::PolicyBot.Dialogs.LanguageExtensions.FromLocale(locale)!.Value].Trim(), reply.Text);
    }

    /// <summary>
    /// The command menu is there during the check too: a command picked halfway through must do what it promises, not
    /// get "Sorry, I didn't quite get that" as an answer to the check's question.
    /// </summary>
    [Theory]
    [MemberData(nameof(Commands))]
    public async Task EveryManifestCommandWorksInTheMiddleOfTheCheck(string command, string locale)
    {
        var engine = new PolicyBotEngine(new SwappableContentWith(Content));
        var state = new ConversationData();
        await engine.OnTurnAsync(new TurnInput { Value = System.Text.Json.JsonSerializer.SerializeToElement(ButtonActions.ToData(global::PolicyBot.Dialogs.Policy.Commands.Check)), Locale = locale }, state, CancellationToken.None);
        Assert.NotEmpty(state.Dialogs.DialogStack);

        var result = await engine.OnTurnAsync(TurnInput.Message(command, locale), state, CancellationToken.None);

        var retry = Content.Message(MessageIds.CheckRetry)[global::PolicyBot.Dialogs.LanguageExtensions.FromLocale(locale)!.Value].Trim();
        Assert.DoesNotContain(result.Messages, m => m.Text.Contains(retry, StringComparison.Ordinal));
        Assert.True(result.Messages.Any(m => m.Choices.Count > 0 || m.ExpectingInput), $"'{command}' got no menu, prompt or question");
    }

    /// <summary>The bundled content with the real recognizer, as the bot runs it.</summary>
    private sealed class SwappableContentWith(PolicyContent content) : IContentProvider
    {
        public ContentSnapshot Current { get; } = new(content, new TopicRecognizer(content), 1);
    }
}
