using PolicyBot.Bot.Editor;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Editor;

/// <summary>Edits written into the content files value by value: the files still load, and only the edited words change.</summary>
public sealed class ContentDraftTests
{
    private static readonly string TopicsFile = "# comments stay\n" + SampleContent.Topics;

    private static IReadOnlyList<ContentFile> Files() => [new("topics.yaml", TopicsFile)];

    private static string Edited(params FieldEdit[] edits)
    {
        var (files, problems) = ContentDraft.Apply(Files(), edits);
        Assert.Empty(problems);
        return files.Single().Text;
    }

    private static YamlSpan Topic(string text, int index) => YamlSpan.Parse(text)!["topics"]!.Items[index];

    [Fact]
    public void AMultiLineAnswerStaysABlockAndEverythingElseStaysAsItWas()
    {
        var text = Edited(new FieldEdit("topics.yaml", "/topics/0/answer/nl", "Deel nooit **omzet**.\n\n- ook niet intern\n", null));

        Assert.Equal("Deel nooit **omzet**.\n\n- ook niet intern\n", Topic(text, 0)["answer"]!["nl"]!.Value);
        Assert.Equal(TopicsFile.Replace("Deel geen **omzetcijfers**.\n", "Deel nooit **omzet**.\n\n        - ook niet intern\n", StringComparison.Ordinal), text);
    }

    [Fact]
    public void TextsInAFlowMappingAreQuotedWhenTheyNeedIt()
    {
        var text = Edited(
            new FieldEdit("topics.yaml", "/topics/0/title/nl", "Let op: vertrouwelijk", null),
            new FieldEdit("topics.yaml", "/topics/0/principle/en", "Internal, stays internal", null));

        Assert.Contains("title: { nl: \"Let op: vertrouwelijk\", en: Confidential information }", text, StringComparison.Ordinal);
        Assert.Equal("Internal, stays internal", Topic(text, 0)["principle"]!["en"]!.Value);
        Assert.True(ContentLoader.Load([new("topics.yaml", text), .. OtherFiles()]).Succeeded);
    }

    [Fact]
    public void AListKeepsItsUnchangedItemsAndItsBrackets()
    {
        var text = Edited(new FieldEdit("topics.yaml", "/topics/0/triggers/en", null, ["share revenue", "  ", "a \"quoted\" phrase, with a comma", "secret info"]));

        Assert.Contains("en: [share revenue, \"a \\\"quoted\\\" phrase, with a comma\", secret info]", text, StringComparison.Ordinal);
        Assert.Equal(["share revenue", "a \"quoted\" phrase, with a comma", "secret info"], Topic(text, 0)["triggers"]!["en"]!.Items.Select(i => i.Value));
    }

    [Fact]
    public void AnEmptiedEnglishTextIsAnErrorBesideTheEnglishField()
    {
        var (files, _) = ContentDraft.Apply([.. Files(), .. OtherFiles()], [new FieldEdit("topics.yaml", "/topics/0/answer/en", "", null)]);
        var loaded = ContentLoader.Load(files);
        var sections = EditorFields.ForTopic(files, "confidential-information");

        var (byField, other) = ContentDraft.Place(loaded.Errors, sections);

        Assert.False(loaded.Succeeded);
        Assert.Empty(other);
        var error = Assert.Single(Assert.Single(byField).Value);
        Assert.Equal("topics.yaml#/topics/0/answer/en", Assert.Single(byField).Key);
        Assert.Contains("empty 'en' text", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ATopicShowsItsOwnFieldsItsOwnersAndItsChecks()
    {
        var sections = EditorFields.ForTopic([.. Files(), .. OtherFiles()], "confidential-information");
        var check = EditorFields.ForTopic([.. Files(), .. OtherFiles()], "may-i-share-this");

        Assert.Equal(["topic", "owner"], sections.Select(s => s.Kind));
        Assert.Contains(sections[0].Fields, f => f.Path == "/topics/0/triggers/nl" && f.IsList && f.Language == "nl" && f.Items.Count == 5);
        Assert.Contains(sections[1].Fields, f => f.Path == "/owners/0/name/en" && f.Value == "Marketing team");
        Assert.Equal(["topic", "check"], check.Select(s => s.Kind));
        Assert.Contains(check[1].Fields, f => f.Label.StartsWith("steps.what.", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEditOfSomethingThatIsNotThereAppliesNothing()
    {
        var (files, problems) = ContentDraft.Apply(Files(),
        [
            new FieldEdit("topics.yaml", "/topics/0/answer/nl", "nieuw", null),
            new FieldEdit("topics.yaml", "/topics/7/answer/nl", "weg", null),
        ]);

        Assert.Single(problems);
        Assert.Equal(TopicsFile, files.Single().Text);
    }

    private static IEnumerable<ContentFile> OtherFiles()
    {
        using var folder = ContentFolder.WithValidContent();
        return ContentLoader.ReadFiles(folder.Path, out _).Where(f => f.Path != "topics.yaml").ToList();
    }
}
