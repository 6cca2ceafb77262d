namespace PolicyBot.Tests.Content;

public sealed class SmallTalkContentTests
{
    [Fact]
    public void SmallTalkGroupsLoadWithTheirReplyAndPhrases()
    {
        using var folder = ContentFolder.WithValidContent().Write("small-talk.yaml", """
            small-talk:
              - reply: welcome
                phrases:
                  nl: [hoi, hallo]
                  en: [hi]
            """);

        var group = Assert.Single(folder.Load().Content!.SmallTalk);

        Assert.Equal("welcome", group.Reply);
        Assert.Equal(["hoi", "hallo"], group.Phrases.Nl);
        Assert.Equal(["hi"], group.Phrases.En);
    }

    [Fact]
    public void SmallTalkWithAnUnknownReplyReportsItsPosition()
    {
        using var folder = ContentFolder.WithValidContent().Write("small-talk.yaml", """
            small-talk:
              - reply: small-talk-thank
                phrases:
                  nl: [bedankt]
            """);

        Assert.Contains(folder.Errors(), e => e.StartsWith("small-talk.yaml:2:12: unknown message 'small-talk-thank'", StringComparison.Ordinal));
    }

    [Fact]
    public void AnInDialogReplyLoadsAndAnUnknownOneReportsItsPosition()
    {
        using var valid = ContentFolder.WithValidContent().Write("small-talk.yaml", """
            small-talk:
              - reply: welcome
                in-dialog: help
                phrases:
                  nl: [hoi]
            """);
        using var unknown = ContentFolder.WithValidContent().Write("small-talk.yaml", """
            small-talk:
              - reply: welcome
                in-dialog: small-talk-hi
                phrases:
                  nl: [hoi]
            """);

        Assert.Equal("help", Assert.Single(valid.Load().Content!.SmallTalk).InDialogReply);
        Assert.Contains(unknown.Errors(), e => e.StartsWith("small-talk.yaml:3:16: unknown message 'small-talk-hi'", StringComparison.Ordinal));
    }

    [Fact]
    public void SmallTalkWithoutPhrasesIsAnError()
    {
        using var folder = ContentFolder.WithValidContent().Write("small-talk.yaml", """
            small-talk:
              - reply: welcome
                phrases: { nl: [], en: [] }
            """);

        Assert.Contains(folder.Errors(), e => e.StartsWith("small-talk.yaml:3:5: a small-talk group needs at least one phrase", StringComparison.Ordinal));
    }

    [Fact]
    public void AMessageOnlySmallTalkRefersToIsUsedAndOneNobodyRefersToIsReported()
    {
        // `check` called the in-dialog replies unused, which they are not (a comms editor would have deleted them).
        using var folder = ContentFolder.WithValidContent()
            .Write("extra-messages.yaml", """
                messages:
                  small-talk-bye: { nl: Doei!, en: Bye! }
                  small-talk-leftover: { nl: Oud, en: Old }
                """)
            .Write("small-talk.yaml", """
                small-talk:
                  - reply: welcome
                    in-dialog: small-talk-bye
                    phrases:
                      nl: [doei]
                """);

        var warnings = folder.Warnings();

        Assert.DoesNotContain(warnings, w => w.Contains("'small-talk-bye'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("extra-messages.yaml:3:3: message 'small-talk-leftover' is not used by the bot", StringComparison.Ordinal));
    }
}
