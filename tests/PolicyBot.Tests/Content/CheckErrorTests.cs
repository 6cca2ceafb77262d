namespace PolicyBot.Tests.Content;

public sealed class CheckErrorTests
{
    [Fact]
    public void NextToAnUnknownStepIsReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            checks:
              - id: extra
                title: { nl: Extra, en: Extra }
                start: frist
                steps:
                  - id: first
                    question: { nl: Vraag, en: Question }
                    choices:
                      - id: yes
                        label: { nl: Ja, en: Yes }
                        next: secnd
                  - id: second
                    question: { nl: Vraag, en: Question }
                    choices:
                      - id: no
                        label: { nl: Nee, en: No }
            """ + SampleContent.Verdicts);

        Assert.Equal(
        [
            "extra.yaml:4:12: unknown step 'frist' in check 'extra'; did you mean 'first'?",
            "extra.yaml:11:19: unknown step 'secnd' in check 'extra'; did you mean 'second'?",
        ], folder.Errors());
    }

    [Fact]
    public void StepUnreachableFromStartIsReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            checks:
              - id: extra
                title: { nl: Extra, en: Extra }
                start: first
                steps:
                  - id: first
                    question: { nl: Vraag, en: Question }
                    choices:
                      - id: yes
                        label: { nl: Ja, en: Yes }
                  - id: orphan
                    question: { nl: Vraag, en: Question }
                    choices:
                      - id: no
                        label: { nl: Nee, en: No }
            """ + SampleContent.Verdicts);

        Assert.Equal(["extra.yaml:11:13: step 'orphan' can never be reached from start step 'first'"], folder.Errors());
    }

    [Fact]
    public void CycleInStepsIsReportedBecauseACheckMustEnd()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            checks:
              - id: extra
                title: { nl: Extra, en: Extra }
                start: first
                steps:
                  - id: first
                    question: { nl: Vraag, en: Question }
                    choices:
                      - id: yes
                        label: { nl: Ja, en: Yes }
                        next: second
                  - id: second
                    question: { nl: Vraag, en: Question }
                    choices:
                      - id: again
                        label: { nl: Opnieuw, en: Again }
                        next: first
                      - id: stop
                        label: { nl: Stop, en: Stop }
            """ + SampleContent.Verdicts);

        Assert.Equal(["extra.yaml:17:19: 'next: first' makes a loop in check 'extra' (first -> second -> first); a check must always end"], folder.Errors());
    }

    [Fact]
    public void ChoiceLabelLongerThanTwentyCharactersIsReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            checks:
              - id: extra
                title: { nl: Extra, en: Extra }
                start: first
                steps:
                  - id: first
                    question: { nl: Vraag, en: Question }
                    choices:
                      - id: yes
                        label: { nl: Bedrijfsnieuws en successen, en: Yes }
            """ + SampleContent.Verdicts);

        Assert.Equal(["extra.yaml:10:26: the 'nl' label is 27 characters; a button label can have at most 20"], folder.Errors());
    }

    [Fact]
    public void UnknownVerdictKindIsReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            checks:
              - id: extra
                title: { nl: Extra, en: Extra }
                start: first
                steps:
                  - id: first
                    question: { nl: Vraag, en: Question }
                    choices:
                      - id: yes
                        label: { nl: Ja, en: Yes }
                        finding: { verdict: dont_share, reason: { nl: Nee, en: No } }
                      - id: no
                        label: { nl: Nee, en: No }
                        finding: { verdict: maybe, reason: { nl: Nee, en: No } }
            """ + SampleContent.Verdicts);

        Assert.Equal(
        [
            "extra.yaml:11:33: unknown verdict 'dont_share'; did you mean 'dont-share'?",
            "extra.yaml:14:33: unknown verdict 'maybe'; expected one of: go-ahead, go-ahead-with-care, dont-share, ask-owner",
        ], folder.Errors());
    }

    [Fact]
    public void CheckMissingAVerdictTextIsReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            checks:
              - id: extra
                title: { nl: Extra, en: Extra }
                start: first
                steps:
                  - id: first
                    question: { nl: Vraag, en: Question }
                    choices:
                      - id: yes
                        label: { nl: Ja, en: Yes }
                verdicts:
                  go-ahead: { title: { nl: Ga je gang, en: Go ahead }, summary: { nl: Prima, en: Fine } }
                  go-ahead-with-care: { title: { nl: Met zorg, en: With care }, summary: { nl: Let op, en: Take care } }
                  dont-share: { title: { nl: Niet delen, en: Do not share } }
                  maybe: { title: { nl: Misschien, en: Maybe }, summary: { nl: Vraag, en: Ask } }
            """);

        Assert.Equal(
        [
            "extra.yaml:12:7: check 'extra' is missing the 'ask-owner' verdict",
            "extra.yaml:14:19: verdict 'dont-share' is missing 'summary'",
            "extra.yaml:15:7: unknown verdict 'maybe'; expected one of: go-ahead, go-ahead-with-care, dont-share, ask-owner",
        ], folder.Errors());
    }

    [Fact]
    public void CheckWithoutStepsOrChoicesIsReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            checks:
              - id: extra
                title: { nl: Extra, en: Extra }
                start: first
                steps:
                  - id: first
                    question: { nl: Vraag, en: Question }
                    choices: []
            """ + SampleContent.Verdicts);

        Assert.Equal(["extra.yaml:8:18: 'choices' needs at least one item"], folder.Errors());
    }
}
