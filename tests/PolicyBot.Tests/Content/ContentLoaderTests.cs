using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;

namespace PolicyBot.Tests.Content;

public sealed class ContentLoaderTests
{
    [Fact]
    public void ValidContentLoadsIntoTheModel()
    {
        using var folder = ContentFolder.WithValidContent();

        var result = folder.Load();

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.True(result.Succeeded);
        var content = result.Content;
        Assert.Equal(["confidential-information", "may-i-share-this"], content.Topics.Select(t => t.Id));
        var topic = content.Topic("confidential-information")!;
        Assert.Equal("Confidential information", topic.Title[Language.En]);
        Assert.Equal("Deel geen **omzetcijfers**.", topic.Answer.Nl);
        Assert.Equal("What is internal stays internal", topic.Principle!.En);
        Assert.Equal("marketing", topic.Owner);
        Assert.Equal(["may-i-share-this"], topic.Related);
        Assert.Equal(5, topic.Triggers.Nl.Count);
        Assert.Equal("share revenue", topic.Triggers.En[0]);
        Assert.Equal("may-i-share", content.Topic("may-i-share-this")!.StartsCheck);

        var owner = Assert.Single(content.Owners);
        Assert.Equal(("marketing", "marketing@example.com", "marketing@example.com", (string?)null),
            (owner.Id, owner.Email, owner.TeamsUpn, owner.TeamsChannel));
        Assert.Equal("ma-vr 9:00-17:00", owner.Hours.Nl);

        var check = content.Check("may-i-share")!;
        Assert.Equal("what", check.Start);
        Assert.Equal(["what", "audience"], check.Steps.Select(s => s.Id));
        var news = check.Step("what")!.Choices[0];
        Assert.Equal(("news", "audience", "story"), (news.Id, news.Next, news.Synonyms.En[0]));
        var figures = check.Step("what")!.Choices[1];
        Assert.Null(figures.Next);
        Assert.Equal(new CheckFinding { Verdict = VerdictKind.DontShare, Reason = new("Vertrouwelijk", "Confidential"), Topic = "confidential-information" }, figures.Finding);
        Assert.Equal("marketing", check.Step("audience")!.Choices[0].Finding!.Owner);
        Assert.Equal(4, check.Verdicts.Count);
        Assert.Equal("Do not share", check.Verdicts[VerdictKind.DontShare].Title.En);
        Assert.Equal(new CheckTip(new("Wees open", "Be open"), "confidential-information"), Assert.Single(check.Tips));

        Assert.Equal(MessageIds.All.Count, content.Messages.Count);
        Assert.Equal("welcome en", content.Message(MessageIds.Welcome).En);
        Assert.Equal(["foto", "afbeelding"], Assert.Single(content.Synonyms.Nl));
    }

    [Fact]
    public void TipVerdictsLoadIntoTheModelAndAnUnknownOneIsReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("checks/may-i-share.yaml", SampleContent.Checks
            .Replace("topic: confidential-information\n\n", "topic: confidential-information\n        verdicts: [go-ahead, go-ahead-with-care]\n\n"));

        var tip = Assert.Single(folder.Load().Content!.Check("may-i-share")!.Tips);

        Assert.Equal([VerdictKind.GoAhead, VerdictKind.GoAheadWithCare], tip.Verdicts);
        Assert.True(tip.Fits(VerdictKind.GoAhead));
        Assert.False(tip.Fits(VerdictKind.DontShare));

        using var broken = ContentFolder.WithValidContent().Write("checks/may-i-share.yaml", SampleContent.Checks
            .Replace("topic: confidential-information\n\n", "topic: confidential-information\n        verdicts: [go-ahead, dont_share]\n\n"));
        Assert.Equal(["checks/may-i-share.yaml:28:30: unknown verdict 'dont_share'; did you mean 'dont-share'?"], broken.Errors());
    }

    [Fact]
    public void MissingFolderIsAnError()
    {
        var result = ContentLoader.Load("/no/such/policybot/folder");

        Assert.False(result.Succeeded);
        Assert.Equal("/no/such/policybot/folder: the content folder does not exist", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void YamlSyntaxErrorReportsFileLineAndColumn()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            topics:
              - id: extra
                title: { nl: Extra, en: "Extra }
            """);

        Assert.Equal(["extra.yaml:3:29: YAML syntax error: While scanning a quoted scalar, found unexpected end of stream."], folder.Errors());
    }

    [Fact]
    public void SyntaxErrorsInSeveralFilesAreAllReported()
    {
        using var folder = ContentFolder.WithValidContent()
            .Write("a.yaml", "topics: [a, b\n")
            .Write("b.yaml", "owners:\n\t- id: x\n")
            .Write("c.yaml", "topics:\n  - id: x\n    title: [a, b\n    answer: c\n");

        Assert.Equal(
        [
            "a.yaml:2:1: YAML syntax error: While parsing a flow sequence, did not find expected ',' or ']'.",
            "b.yaml:2:1: YAML syntax error: While scanning a mapping, found invalid tab as indentation.",
            "c.yaml:3:14: YAML syntax error: the file cannot be read from here on; look for an unclosed '[', '{' or quote.",
        ], folder.Errors());
    }

    [Fact]
    public void UnknownKeyReportsDidYouMean()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            topic:
              - id: extra
            """);

        Assert.Equal(["extra.yaml:1:1: unknown key 'topic' in the file; did you mean 'topics'?"], folder.Errors());
    }

    [Fact]
    public void UnknownKeysInATopicAreAllReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            topics:
              - id: extra
                tittle: { nl: Extra, en: Extra }
                title: { nl: Extra, en: Extra, de: Extra }
                answer: { nl: Antwoord, en: Answer }
                colour: red
                triggers: { nl: [a, b, c, d, e], en: [a, b, c, d, e] }
            """);

        Assert.Equal(
        [
            "extra.yaml:3:5: unknown key 'tittle' in topic; did you mean 'title'?",
            "extra.yaml:4:36: unknown key 'de' in 'title'; expected one of: nl, en",
            "extra.yaml:6:5: unknown key 'colour' in topic; expected one of: id, title, answer, principle, source, owner, related, starts-check, scenarios, exceptions, claims, match, triggers",
        ], folder.Errors());
    }

    [Fact]
    public void WrongNodeTypesAreReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            topics:
              - id: extra
                title: Extra
                answer: { nl: [Antwoord], en: Answer }
                related: may-i-share-this
                triggers: { nl: [a, b, c, d, e], en: [a, b, c, d, e] }
              - just a line
            owners: { id: sales }
            """);

        Assert.Equal(
        [
            "extra.yaml:3:12: 'title' must have an nl and an en text, not a single value",
            "extra.yaml:4:19: 'nl' must be a single value, not a list",
            "extra.yaml:5:14: 'related' must be a list, not a single value",
            "extra.yaml:7:5: topic must be a set of keys, not a single value",
            "extra.yaml:8:9: 'owners' must be a list, not a set of keys",
        ], folder.Errors());
    }

    [Fact]
    public void MissingRequiredFieldsAreReportedAtTheirMapping()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            topics:
              - id: extra
                title: { nl: Extra, en: Extra }
                answer:
            owners:
              - name: { nl: Verkoop, en: Sales }
            """);

        Assert.Equal(
        [
            "extra.yaml:2:5: topic 'extra' is missing 'triggers'",
            "extra.yaml:4:12: 'answer' is empty",
            "extra.yaml:6:5: owner is missing 'id'",
            "extra.yaml:6:5: owner is missing 'handles'",
            "extra.yaml:6:5: owner is missing 'email'",
            "extra.yaml:6:5: owner is missing 'hours'",
        ], folder.Errors());
    }

    [Fact]
    public void MissingTranslationAndEmptyTextAreReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            topics:
              - id: extra
                title: { nl: Extra }
                answer:
                  nl: "  "
                  en:
                triggers: { nl: [a, b, c, d, e], en: [a, b, c, d, e] }
            """);

        Assert.Equal(
        [
            "extra.yaml:3:12: 'title' is missing the 'en' translation",
            "extra.yaml:5:11: 'answer' has an empty 'nl' text",
            "extra.yaml:6:10: 'answer' has an empty 'en' text",
        ], folder.Errors());
    }
}
