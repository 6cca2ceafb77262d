using PolicyBot.Bot.Commands;
using PolicyBot.Dialogs.Content.Checking;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Tools;

public sealed class CheckCommandTests
{
    [Fact]
    public void BundledContentPassesTheCheck()
    {
        var output = new StringWriter();

        var exitCode = CheckCommand.Run(BundledContentTests.BundledContentFolder(), output);

        Assert.Equal(0, exitCode);
        Assert.Contains("no errors", output.ToString());
    }

    [Fact]
    public void ContentErrorReportsFileLineAndColumnAndFails()
    {
        using var folder = ContentFolder.WithValidContent();
        folder.Write("topics.yaml", SampleContent.Topics.Replace("owner: marketing", "owner: marketting"));
        var output = new StringWriter();

        var exitCode = CheckCommand.Run(folder.Path, output);

        Assert.Equal(1, exitCode);
        Assert.Matches(@"(?m)^topics\.yaml:\d+:\d+: unknown owner 'marketting'", output.ToString());
    }

    [Fact]
    public void TheSameTriggerInTwoTopicsIsAWarning()
    {
        using var folder = ContentFolder.WithValidContent();
        folder.Write("topics.yaml", SampleContent.Topics.Replace("nl: [mag ik dit delen,", "nl: [Omzet delen!,"));
        var output = new StringWriter();

        var exitCode = CheckCommand.Run(folder.Path, output);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"topics\.yaml:\d+:\d+: warning: trigger 'Omzet delen!' of topic 'may-i-share-this' is also a trigger of topic 'confidential-information'", output.ToString());
    }

    [Fact]
    public void ATriggerTheRecognizerGivesToAnotherTopicIsAWarning()
    {
        using var folder = ContentFolder.WithValidContent();

        var result = ContentCheck.Run(folder.Path, content => new StubRecognizer(new TopicRecognizer(content), "kan ik dit posten", "confidential-information"));

        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("answered with"));
        Assert.Equal("trigger 'kan ik dit posten' of topic 'may-i-share-this' is answered with topic 'confidential-information' (score 0.90); make it more specific or move it there", warning.Message);
        Assert.Equal("topics.yaml", warning.File);
        Assert.True(warning.Line > 0);
    }

    private sealed class StubRecognizer(ITopicRecognizer real, string phrase, string topic) : ITopicRecognizer
    {
        public RecognizerResult Recognize(string text) =>
            text == phrase ? new RecognizerResult(topic, 0.9, [new TopicScore(topic, 0.9)]) : real.Recognize(text);
    }

    [Fact]
    public void AnUntranslatedTextIsAWarning()
    {
        using var folder = ContentFolder.WithValidContent();
        folder.Write("topics.yaml", SampleContent.Topics
            .Replace("principle: { nl: Wat intern is blijft intern,", "principle: { nl: What is internal stays internal,"));
        var output = new StringWriter();

        CheckCommand.Run(folder.Path, output);

        Assert.Matches(@"topics\.yaml:\d+:\d+: warning: the 'nl' and 'en' texts are the same; is the translation missing\?", output.ToString());
    }

    [Fact]
    public void FewTriggersAndLongAnswersAreWarnings()
    {
        using var folder = ContentFolder.WithValidContent();
        folder.Write("topics.yaml", SampleContent.Topics
            .Replace("nl: [omzet delen, cijfers delen, mag ik omzet posten, vertrouwelijk, geheime info]", "nl: [omzet delen, cijfers delen]")
            .Replace("Do not share **revenue figures**.", "Do not share **revenue figures**. " + string.Concat(Enumerable.Repeat("Really not. ", 90))));
        var output = new StringWriter();

        var exitCode = CheckCommand.Run(folder.Path, output);

        Assert.Equal(0, exitCode);
        Assert.Contains("has 2 'nl' trigger phrases", output.ToString());
        Assert.Contains("the 'en' answer of topic 'confidential-information' is", output.ToString());
    }
}
