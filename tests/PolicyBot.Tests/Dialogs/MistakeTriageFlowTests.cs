using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// The bundled "I posted something I shouldn't have" triage: whether the post is still online changes the advice.
/// Still online: take it down. Already removed: no removing step, only what still matters.
/// </summary>
public class MistakeTriageFlowTests
{
    private static readonly PolicyContent Content = BundledContentProvider.Bundled;
    private static readonly GuidedCheck Triage = Content.Check("mistake-triage")!;

    public static TheoryData<string, string, string, string, string> OnlinePaths()
    {
        var data = new TheoryData<string, string, string, string, string>();
        (string Online, string SharedStep, string Shared, string Outcome)[] paths =
        [
            ("still-online", "shared", "a-lot", "serious"),
            ("still-online", "shared", "a-few", "minor"),
            ("still-online", "shared", "not-yet", "minor"),
            ("removed", "shared-before", "a-lot", "serious-removed"),
            ("removed", "shared-before", "a-few", "minor-removed"),
            ("removed", "shared-before", "not-yet", "removed-unseen"),
        ];
        foreach (var locale in new[] { "nl-NL", "en-US" })
            foreach (var what in new[] { "criticism", "photo-or-opinion" })
                foreach (var (online, sharedStep, shared, outcome) in paths)
                    data.Add(locale, what, online, $"{sharedStep}:{shared}", outcome);
        return data;
    }

    [Theory]
    [MemberData(nameof(OnlinePaths))]
    public async Task WhetherThePostIsStillOnlineLeadsToItsOwnAdvice(string locale, string what, string online, string shared, string outcomeId)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;
        var (sharedStep, sharedChoice) = (shared.Split(':')[0], shared.Split(':')[1]);
        var outcome = Triage.Outcome(outcomeId)!;

        await new DialogTestFlow(new PolicyBotEngine(new BundledContentProvider()), locale)
            .Submit(Commands.StartCheck(Triage.Id))
            .AssertReply(Triage.Intro![language].Trim())
            .AssertReply(r => Assert.Equal(Triage.Step("what")!.Question[language], r.Text))
            .Submit(what)
            .AssertReply(r => Assert.Equal(Triage.Step("online")!.Question[language], r.Text))
            .Send(Triage.Step("online")!.Choices.Single(c => c.Id == online).Label[language])
            .AssertReply(r => Assert.Equal(Triage.Step(sharedStep)!.Question[language], r.Text))
            .Submit(sharedChoice)
            .AssertReply(r =>
            {
                var card = r.Card<AnswerCard>();
                Assert.Equal(outcome.Title[language], card.Title);
                Assert.Equal(outcome.Text[language].Trim(), card.Body);
            })
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    // User test 64: the story told before the triage named the leak, but the first question ignored it, and "ja klopt"
    // to a said-back answer was not understood. Now the story's leak is said back and a bare yes takes it.
    [InlineData("nl-NL", "Ik heb per ongeluk een foto van een offerte op LinkedIn gezet, de prijzen stonden er leesbaar op. Wat nu?", "ja klopt", "confidential-leak")]
    [InlineData("nl-NL", "oeps ik heb een foto van het schoolreisje op insta gezet en er staat een leerling duidelijk op. wat nu?", "ja", "personal-data-leak")]
    [InlineData("en-US", "I accidentally posted a selfie on the ward yesterday and a patient's face is visible behind me", "yes", "personal-data-leak")]
    // User test 71: "an error … our unaudited revenue figure is visible" was said back as a typo, ahead of the leak.
    [InlineData("en-US", "I am afraid I made an error. I posted a screenshot on LinkedIn an hour ago and only now noticed that a cell with our unaudited revenue figure is visible.", "yes", "confidential-leak")]
    public async Task TheStoryBeforeTheTriageIsSaidBackAndAYesTakesIt(string locale, string story, string yes, string outcomeId)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;
        var outcome = Triage.Outcome(outcomeId)!;
        var choice = Triage.Step(Triage.Start)!.Choices.Single(c => c.Outcome == outcomeId);
        var said = Content.Message(MessageIds.CheckTextSaid)[language].Replace("{choice}", choice.Label[language], StringComparison.Ordinal);

        await new DialogTestFlow(new PolicyBotEngine(new BundledContentProvider()), locale)
            .Send(story)
            .AssertReply(Triage.Intro![language].Trim())
            .AssertReply(r => Assert.Equal(said, r.Text))
            .AssertReply(r => Assert.Equal(Triage.Step(Triage.Start)!.Question[language], r.Text))
            .Send(yes)
            .AssertReply(r => Assert.Equal(outcome.Title[language], r.Card<AnswerCard>().Title))
            .SkipReplies()
            .RunAsync();
    }

    [Theory]
    // Review 69: a yes with a "no" or a "but" in it takes nothing; "it's gone viral" is not "already removed".
    [InlineData("nl-NL", "Ik heb per ongeluk een foto van een offerte gepost, de prijzen stonden er leesbaar op.", "ja nee")]
    [InlineData("nl-NL", "Ik heb per ongeluk een foto van een offerte gepost, de prijzen stonden er leesbaar op.", "ja, maar")]
    public async Task AYesWithAButTakesNothing(string locale, string story, string text)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;

        await new DialogTestFlow(new PolicyBotEngine(new BundledContentProvider()), locale)
            .Send(story).SkipReplies()
            .Send(text)
            .AssertReply(r => Assert.Null(r.Card))
            .SkipReplies()
            .RunAsync();
    }

    [Fact]
    public async Task AViralPostIsNotARemovedOne()
    {
        await new DialogTestFlow(new PolicyBotEngine(new BundledContentProvider()), "en-US")
            .Submit(Commands.StartCheck(Triage.Id)).SkipReplies()
            .Send("a photo").SkipReplies()
            .Send("it's gone viral, everyone is sharing it")
            .AssertReply(r => Assert.NotEqual(Triage.Step("shared-before")!.Question[Language.En], r.Text))
            .SkipReplies()
            .RunAsync();
    }

    [Theory]
    // User test 46 and review 50: a photo that shows a customer's name is a leak, not a photo ("Klein foutje").
    [InlineData("nl-NL", "ik heb een foto gepost waarop de naam van een klant te lezen is", "personal-data-leak")]
    [InlineData("nl-NL", "de naam van een klant staat erop", "personal-data-leak")]
    [InlineData("en-US", "a photo where a customer's name can be read", "personal-data-leak")]
    [InlineData("nl-NL", "er is een patiënt te herkennen", "personal-data-leak")]
    // User test 60: a pupil clearly in a posted class-trip photo ran as a small slip ("foto" alone).
    [InlineData("nl-NL", "foto van een leerling", "personal-data-leak")]
    [InlineData("en-US", "a photo with two pupils clearly in it", "personal-data-leak")]
    [InlineData("nl-NL", "een feestfoto", null)]
    public async Task SomeonesNameInThePostIsALeakWhateverElseIsNamed(string locale, string text, string? outcomeId)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;

        await new DialogTestFlow(new PolicyBotEngine(new BundledContentProvider()), locale)
            .Submit(Commands.StartCheck(Triage.Id)).SkipReplies()
            .Send(text)
            .AssertReply(r =>
            {
                if (outcomeId is null) Assert.Equal(Triage.Step("online")!.Question[language], r.Text);
                else Assert.Equal(Triage.Outcome(outcomeId)!.Title[language], r.Card<AnswerCard>().Title);
            })
            .SkipReplies()
            .RunAsync();
    }

    [Theory]
    [InlineData("nl-NL", "nee", "shared-before", "nee", "removed-unseen")]
    [InlineData("nl-NL", "ja", "shared", "nee", "minor")]
    [InlineData("en-US", "no", "shared-before", "a lot", "serious-removed")]
    [InlineData("en-US", "yes", "shared", "a lot", "serious")]
    public async Task TypedYesOrNoAboutBeingOnlineChoosesTheBranch(string locale, string online, string nextStep, string shared, string outcomeId)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;

        await new DialogTestFlow(new PolicyBotEngine(new BundledContentProvider()), locale)
            .Submit(Commands.StartCheck(Triage.Id)).Submit("criticism").SkipReplies()
            .Send(online)
            .AssertReply(r => Assert.Equal(Triage.Step(nextStep)!.Question[language], r.Text))
            .Send(shared)
            .AssertReply(r => Assert.Equal(Triage.Outcome(outcomeId)!.Title[language], r.Card<AnswerCard>().Title))
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Fact]
    public void AdviceForARemovedPostNeverAsksToRemoveIt()
    {
        var removedOutcomes = Triage.Step("shared-before")!.Choices.Select(c => Triage.Outcome(c.Outcome!)!).ToList();
        var stillOnlineOutcomes = Triage.Step("shared")!.Choices.Select(c => c.Outcome!).Distinct().ToList();

        const string AskNl = "(?i)haal het (bericht )?(nu )?weg|verwijder het";
        const string AskEn = "(?i)take (the post|it) down now|remove the post|edit the post";
        Assert.DoesNotContain(removedOutcomes, o => stillOnlineOutcomes.Contains(o.Id));
        Assert.All(removedOutcomes, o =>
        {
            Assert.DoesNotMatch(AskNl, o.Text.Nl);
            Assert.DoesNotMatch(AskEn, o.Text.En);
        });
        // The patterns do find the request where the post is still online, so their silence above means something.
        Assert.Contains(stillOnlineOutcomes.Select(id => Triage.Outcome(id)!), o => System.Text.RegularExpressions.Regex.IsMatch(o.Text.Nl, AskNl));
        Assert.Contains(stillOnlineOutcomes.Select(id => Triage.Outcome(id)!), o => System.Text.RegularExpressions.Regex.IsMatch(o.Text.En, AskEn));
    }

    [Theory]
    [InlineData("nl-NL", Language.Nl, "de story is al weg want na 24u verlopen, moet ik het dan nog melden?")]
    [InlineData("en-US", Language.En, "I posted something I shouldn't have, do I still have to report it?")]
    public async Task AQuestionRightAfterTheAdviceDoesNotStartTheTriageOver(string locale, Language language, string question)
    {
        // Seventh user test: "Vervelend dat er iets misging… Wat ging er mis?" again, to a nurse asking whether to report.
        await new DialogTestFlow(new PolicyBotEngine(new BundledContentProvider()), locale)
            .Submit(Commands.StartCheck("mistake-triage"))
            .SkipReplies()
            .Submit("confidential")
            .AssertReply(r => Assert.NotNull(r.Card))
            .Send(question)
            .AssertReply(r =>
            {
                Assert.Equal(Content.Message(MessageIds.CheckJustDone)[language].Trim(), r.Text.Trim());
                Assert.Contains(r.Choices, c => c.Action == Commands.StartCheck("mistake-triage"));
                Assert.Contains(r.Choices, c => c.Action == Commands.Contact);
            })
            .AssertNoMoreReplies()
            .Send(question)
            .AssertReply(r => Assert.NotEqual(Content.Message(MessageIds.CheckJustDone)[language].Trim(), r.Text.Trim()))
            .RunAsync();
    }

    [Theory]
    [InlineData("stop", "mag ik dit delen?")]
    [InlineData(null, "mag ik nog een ander bericht delen?")]
    public async Task AfterStopOrForAnotherPostTheCheckStartsAgain(string? stop, string question)
    {
        // Review: "het advies hierboven blijft staan" when no advice was given, or for another post.
        var flow = new DialogTestFlow(new PolicyBotEngine(new BundledContentProvider()), "nl-NL").Submit(Commands.Check).SkipReplies();
        flow = stop is null ? flow.Submit("opinion").SkipReplies().Submit("insulting").SkipReplies() : flow.Send(stop).SkipReplies();
        await flow
            .Send(question)
            .AssertReply(r => Assert.NotEqual(Content.Message(MessageIds.CheckJustDone)[Language.Nl].Trim(), r.Text.Trim()))
            .AssertState(s => Assert.NotEmpty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    [Theory]
    // User test: "Vraag Privacycontactpersoon" / "Ask Privacy contact" read as a name; the owner is named as in a sentence.
    [InlineData("nl-NL", "Vraag de privacycontactpersoon")]
    [InlineData("en-US", "Ask the privacy contact")]
    public async Task ALeakOffersToAskThePrivacyContactNamedAsInASentence(string locale, string button)
    {
        await new DialogTestFlow(new PolicyBotEngine(new BundledContentProvider()), locale)
            .Submit(Commands.StartCheck(Triage.Id))
            .SkipReplies()
            .Submit("personal-data")
            .AssertReply(r => Assert.Contains(button, r.Choices.Select(c => c.Title)))
            .RunAsync();
    }

    [Theory]
    // Web Chat check: this sentence got the conduct topic's card and "what went wrong?" again. It names an answer that
    // ends the triage ("grof") and one that asks on ("over een collega"): the one that ends it, as the stricter answer
    // wins in the check (review 50). Two answers that both end it ("vertrouwelijke klantgegevens"): the bot says what
    // it read first and asks again. A sentence that names one answer only is that answer.
    [InlineData("nl-NL", "ik heb iets grofs gezegd over een collega", null, "serious")]
    [InlineData("en-US", "I said something really rude about a colleague", null, "serious")]
    [InlineData("nl-NL", "ik heb vertrouwelijke cijfers en klantgegevens gepost", "confidential", null)]
    [InlineData("nl-NL", "ik heb iets heel grofs gepost", null, "serious")]
    public async Task ASentenceThatNamesWhatWentWrongIsSaidOrTaken(string locale, string text, string? said, string? outcomeId)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;
        var what = Triage.Step("what")!;
        var flow = new DialogTestFlow(new PolicyBotEngine(new BundledContentProvider()), locale)
            .Submit(Commands.StartCheck(Triage.Id))
            .SkipReplies()
            .Send(text);
        if (said is not null)
        {
            var expected = Content.Message(MessageIds.CheckTextSaid).Format(language, ("choice", what.Choices.Single(c => c.Id == said).Label[language]));
            flow = flow.AssertReply(r => Assert.Equal(expected, r.Text)).AssertReply(r => Assert.Equal(what.Question[language], r.Text));
        }
        else
        {
            flow = flow.AssertReply(r => Assert.Equal(Triage.Outcome(outcomeId!)!.Title[language], r.Card<AnswerCard>().Title));
        }
        await flow.RunAsync();
    }
}
