namespace PolicyBot.Tests.Content;

/// <summary>Checks that end in named outcomes (what-if scenarios, the mistake triage), and topics that offer them.</summary>
public sealed class CheckOutcomeTests
{
    [Fact]
    public void CheckWithOutcomesLoadsIntoTheModelWithoutVerdicts()
    {
        using var folder = ContentFolder.WithValidContent().Write("checks/what-if.yaml", SampleContent.WhatIf);

        var result = folder.Load();

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        var check = result.Content!.Check("what-if-journalist")!;
        Assert.Equal("Let us walk through it.", check.Intro!.En);
        Assert.Empty(check.Verdicts);
        var direct = check.Step("channel")!.Choices[0];
        Assert.Equal(("direct-message", null, "forward-to-marketing"), (direct.Id, direct.Next, direct.Outcome));
        Assert.Equal(["forward-to-marketing", "speak-freely"], check.Outcomes.Select(o => o.Id));
        var forward = check.Outcome("forward-to-marketing")!;
        Assert.Equal(("Forward it", "Stuur hem naar marketing.", "marketing"), (forward.Title.En, forward.Text.Nl, forward.Owner));
        Assert.Equal(["confidential-information"], forward.Topics);
        Assert.Null(check.Outcome("speak-freely")!.Owner);
        Assert.Empty(check.Outcome("speak-freely")!.Topics);
        Assert.Null(result.Content.Check("may-i-share")!.Intro);
    }

    [Fact]
    public void TopicScenariosLoadIntoTheModel()
    {
        using var folder = ContentFolder.WithValidContent()
            .Write("checks/what-if.yaml", SampleContent.WhatIf)
            .Write("topics.yaml", SampleContent.Topics.Replace("    related: [may-i-share-this]\n", "    related: [may-i-share-this]\n    scenarios: [what-if-journalist]\n"));

        var result = folder.Load();

        Assert.Empty(result.Errors);
        Assert.Equal(["what-if-journalist"], result.Content!.Topic("confidential-information")!.Scenarios);
        Assert.Empty(result.Content.Topic("may-i-share-this")!.Scenarios);
    }

    [Fact]
    public void UnknownScenarioCheckOfATopicIsReportedWithDidYouMean()
    {
        using var folder = ContentFolder.WithValidContent().Write("checks/what-if.yaml", SampleContent.WhatIf).Write("extra.yaml", """
            topics:
              - id: extra
                title: { nl: Extra, en: Extra }
                answer: { nl: Antwoord, en: Answer }
                scenarios: [what-if-journalst, may-i-share, nothing-like-it]
                triggers: { nl: [a, b, c, d, e], en: [a, b, c, d, e] }
            """);

        Assert.Equal(
        [
            "extra.yaml:5:17: unknown check 'what-if-journalst'; did you mean 'what-if-journalist'?",
            "extra.yaml:5:49: unknown check 'nothing-like-it'",
        ], folder.Errors());
    }

    [Fact]
    public void ChoiceWithBothNextAndOutcomeIsReportedAtTheSecondKey()
    {
        using var folder = ContentFolder.WithValidContent().Write("checks/what-if.yaml", SampleContent.WhatIf
            .Replace("outcome: speak-freely", "outcome: speak-freely\n            next: channel")
            .Replace("next: topic", "next: topic\n            outcome: speak-freely"));

        Assert.Equal(
        [
            "checks/what-if.yaml:16:13: choice 'phone' has both 'next' and 'outcome'; a choice either goes on to a next step or ends the check with an outcome",
            "checks/what-if.yaml:26:13: choice 'hobby' has both 'next' and 'outcome'; a choice either goes on to a next step or ends the check with an outcome",
            "checks/what-if.yaml:26:19: 'next: channel' makes a loop in check 'what-if-journalist' (channel -> topic -> channel); a check must always end",
        ], folder.Errors());
    }

    [Fact]
    public void AChoiceForAttachmentsLoadsAndTwoInOneStepAreReported()
    {
        using var valid = ContentFolder.WithValidContent().Write("checks/what-if.yaml", SampleContent.WhatIf
            .Replace("next: topic", "next: topic\n            for-attachments: true"));
        var result = valid.Load();
        Assert.Empty(result.Errors);
        Assert.Equal(["phone"], result.Content!.Check("what-if-journalist")!.Step("channel")!.Choices.Where(c => c.ForAttachments).Select(c => c.Id));

        using var twice = ContentFolder.WithValidContent().Write("checks/what-if.yaml", SampleContent.WhatIf
            .Replace("next: topic", "next: topic\n            for-attachments: true")
            .Replace("outcome: forward-to-marketing\n          - id: phone", "outcome: forward-to-marketing\n            for-attachments: yes please\n          - id: phone"));
        Assert.Equal(["checks/what-if.yaml:13:30: 'for-attachments' must be true or false, not 'yes please'"], twice.Errors());

        using var two = ContentFolder.WithValidContent().Write("checks/what-if.yaml", SampleContent.WhatIf
            .Replace("next: topic", "next: topic\n            for-attachments: true")
            .Replace("outcome: forward-to-marketing\n          - id: phone", "outcome: forward-to-marketing\n            for-attachments: true\n          - id: phone"));
        Assert.Equal(["checks/what-if.yaml:9:9: step 'channel' has more than one choice with 'for-attachments: true'; an attached photo can answer it only one way"], two.Errors());
    }

    [Fact]
    public void UnknownOutcomeOfAChoiceIsReportedWithDidYouMean()
    {
        using var folder = ContentFolder.WithValidContent().Write("checks/what-if.yaml", SampleContent.WhatIf
            .Replace("outcome: speak-freely", "outcome: speak-freley"));

        Assert.Equal(["checks/what-if.yaml:24:22: unknown outcome 'speak-freley' in check 'what-if-journalist'; did you mean 'speak-freely'?"], folder.Errors());
    }

    [Fact]
    public void OutcomeInACheckWithoutOutcomesIsReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("checks/may-i-share.yaml", SampleContent.Checks
            .Replace("next: audience", "next: audience\n          - id: other\n            label: { nl: Anders, en: Other }\n            outcome: ask"));

        Assert.Equal(["checks/may-i-share.yaml:15:22: unknown outcome 'ask' in check 'may-i-share'; check 'may-i-share' has no 'outcomes'"], folder.Errors());
    }

    [Fact]
    public void ChoiceEndingWithoutOutcomeNeedsVerdicts()
    {
        using var folder = ContentFolder.WithValidContent().Write("checks/what-if.yaml", SampleContent.WhatIf
            .Replace("\n            outcome: speak-freely", ""));

        Assert.Equal(["checks/what-if.yaml:22:13: choice 'hobby' ends the check without an outcome, so check 'what-if-journalist' needs 'verdicts'"], folder.Errors());
    }

    [Fact]
    public void CheckWithOutcomesAndVerdictsMayEndEitherWay()
    {
        using var folder = ContentFolder.WithValidContent().Write("checks/what-if.yaml", SampleContent.WhatIf
            .Replace("\n            outcome: speak-freely", "") + SampleContent.Verdicts);

        var result = folder.Load();

        Assert.Empty(result.Errors);
        Assert.Equal(["checks/what-if.yaml:30:13: outcome 'speak-freely' of check 'what-if-journalist' is never used: no choice has 'outcome: speak-freely'"],
            result.Warnings.Select(w => w.ToString()));
        Assert.Equal(4, result.Content!.Check("what-if-journalist")!.Verdicts.Count);
    }

    [Fact]
    public void OutcomeErrorsAreReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("checks/what-if.yaml", SampleContent.WhatIf
            .Replace("owner: marketing", "owner: marketeing")
            .Replace("topics: [confidential-information]", "topics: [confidential-informaton]\n        colour: red")
            .Replace("- id: speak-freely\n        title: { nl: Praat gerust, en: Feel free }", "- id: forward-to-marketing")
            .Replace("text: { nl: Dat mag., en: That is fine. }", "text: { nl: Dat mag. }"));

        Assert.Equal(
        [
            "checks/what-if.yaml:24:22: unknown outcome 'speak-freely' in check 'what-if-journalist'",
            "checks/what-if.yaml:29:16: unknown owner 'marketeing'; did you mean 'marketing'?",
            "checks/what-if.yaml:30:18: unknown topic 'confidential-informaton'; did you mean 'confidential-information'?",
            "checks/what-if.yaml:31:9: unknown key 'colour' in outcome; expected one of: id, title, text, owner, topics",
            "checks/what-if.yaml:32:9: outcome 'forward-to-marketing' is missing 'title'",
            "checks/what-if.yaml:32:13: duplicate outcome id 'forward-to-marketing' in check 'what-if-journalist'; first defined at line 26",
            "checks/what-if.yaml:33:15: 'text' is missing the 'en' translation",
        ], folder.Errors());
    }
}
