namespace PolicyBot.Tests.Content;

public sealed class ContentIdErrorTests
{
    [Fact]
    public void DuplicateTopicOwnerAndCheckIdsPointAtTheFirstDefinition()
    {
        // files are read in path order, so the z- file defines them second
        using var folder = ContentFolder.WithValidContent().Write("z-extra.yaml", """
            topics:
              - id: may-i-share-this
                title: { nl: Extra, en: Extra }
                answer: { nl: Antwoord, en: Answer }
                triggers: { nl: [a, b, c, d, e], en: [a, b, c, d, e] }
            owners:
              - id: marketing
                name: { nl: Verkoop, en: Sales }
                handles: { nl: Verkoop, en: Sales }
                email: sales@example.com
                hours: { nl: altijd, en: always }
            checks:
              - id: may-i-share
                title: { nl: Extra, en: Extra }
                start: only
                steps:
                  - id: only
                    question: { nl: Vraag, en: Question }
                    choices:
                      - id: yes
                        label: { nl: Ja, en: Yes }
            """ + SampleContent.Verdicts);

        Assert.Equal(
        [
            "z-extra.yaml:2:9: duplicate topic id 'may-i-share-this'; first defined at topics.yaml:15:9",
            "z-extra.yaml:7:9: duplicate owner id 'marketing'; first defined at owners.yaml:2:9",
            "z-extra.yaml:13:9: duplicate check id 'may-i-share'; first defined at checks/may-i-share.yaml:2:9",
        ], folder.Errors());
    }

    [Fact]
    public void DuplicateStepAndChoiceIdsAreReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            checks:
              - id: extra
                title: { nl: Extra, en: Extra }
                start: only
                steps:
                  - id: only
                    question: { nl: Vraag, en: Question }
                    choices:
                      - id: yes
                        label: { nl: Ja, en: Yes }
                      - id: yes
                        label: { nl: Ja, en: Yes }
                  - id: only
                    question: { nl: Vraag, en: Question }
                    choices:
                      - id: no
                        label: { nl: Nee, en: No }
            """ + SampleContent.Verdicts);

        Assert.Equal(
        [
            "extra.yaml:11:17: duplicate choice id 'yes' in step 'only'; first defined at line 9",
            "extra.yaml:13:13: duplicate step id 'only' in check 'extra'; first defined at line 6",
        ], folder.Errors());
    }

    [Fact]
    public void DuplicateMessageIdAcrossFilesIsReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("more-messages.yaml", """
            messages:
              welcome: { nl: Hallo, en: Hello }
            """);

        Assert.Equal(["more-messages.yaml:2:3: duplicate message id 'welcome'; first defined at messages.yaml:2:3"], folder.Errors());
    }

    [Fact]
    public void IdsMustBeLowerCaseKebabCase()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            topics:
              - id: Social_Media
                title: { nl: Extra, en: Extra }
                answer: { nl: Antwoord, en: Answer }
                triggers: { nl: [a, b, c, d, e], en: [a, b, c, d, e] }
            messages:
              Extra Text: { nl: Hallo, en: Hello }
            """);

        Assert.Equal(
        [
            "extra.yaml:2:9: id 'Social_Media' must be lower-case kebab-case, like 'share-customer-photo'",
            "extra.yaml:7:3: id 'Extra Text' must be lower-case kebab-case, like 'share-customer-photo'",
        ], folder.Errors());
    }
}
