using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Dialogs;

namespace PolicyBot.Tests.Content;

/// <summary>
/// The advice itself (issue 15): what the bundled triage, topics and quiz tell people, checked against the policy
/// articles one property at a time.
/// </summary>
public sealed class AdviceContentTests
{
    private static readonly PolicyContent Content = BundledContentProvider.Bundled;
    private static readonly GuidedCheck Triage = Content.Check("mistake-triage")!;

    [Theory]
    [InlineData("confidential-leak")]
    [InlineData("personal-data-leak")]
    public void LeakOutcomesSayMakeNoCopiesNoteTheLinkAndTellThePrivacyContactAtOnce(string outcomeId)
    {
        var outcome = Triage.Outcome(outcomeId)!;

        Assert.Equal("privacy", outcome.Owner);
        Assert.Contains("Don't take screenshots", outcome.Text.En);
        Assert.Contains("Maak geen screenshots", outcome.Text.Nl);
        Assert.Contains("link", outcome.Text.En);
        Assert.Contains("privacy contact", outcome.Text.En);
        Assert.Contains("privacycontactpersoon", outcome.Text.Nl);
    }

    [Theory]
    // User test 65: a selfie with a patient's face behind, answered "Photo", removed and unseen, got "the most important
    // part is done" and nothing about a leak; user test 64: "nothing more to do" when a few had shared it.
    [InlineData("minor-removed")]
    [InlineData("removed-unseen")]
    public void RemovedSlipsStillSendSomeoneRecognisableToThePrivacyContact(string outcomeId)
    {
        var outcome = Triage.Outcome(outcomeId)!;

        Assert.Contains("privacycontactpersoon", outcome.Text.Nl);
        Assert.Contains("privacy contact", outcome.Text.En);
        Assert.Contains("patiënt", outcome.Text.Nl);
        Assert.Contains("patient", outcome.Text.En);
        Assert.DoesNotContain("niets meer mee te doen", outcome.Text.Nl);
        Assert.DoesNotContain("nothing more to do", outcome.Text.En);
    }

    [Fact]
    public void CustomerDataInTheTriageTakesThePrivacyRouteWithTheSeventyTwoHourDuty()
    {
        var choice = Triage.Step(Triage.Start)!.Choices.Single(c => c.Synonyms.Nl.Contains("klantgegevens"));
        var outcome = Triage.Outcome(choice.Outcome!)!;

        Assert.Equal("personal-data-leak", outcome.Id);
        Assert.Contains("72 hours", outcome.Text.En);
        Assert.Contains("72 uur", outcome.Text.Nl);
    }

    [Fact]
    public void TheChecksComplaintFindingSaysAComplaintAboutYouIsNotYoursToAnswer()
    {
        // User test 47: "hij klaagt over mij" in the check got "Reageer kort en vriendelijk", against the topic's answer.
        var reason = Content.Check("may-i-share")!.Step("customer")!.Choices.Single(c => c.Id == "complaint").Finding!.Reason;

        Assert.Contains("Gaat de klacht over jou? Reageer dan niet zelf", reason.Nl);
        Assert.Contains("Is the complaint about you? Then don't reply yourself", reason.En);
    }

    [Fact]
    public void AWrongFactThatCouldHarmSomeoneIsTakenDownAndToldToTheManager()
    {
        // User test 53: wrong advice about medicines on the company's page got "A typo doesn't need reporting".
        var outcome = Triage.Outcome("typo")!;

        Assert.Contains("verkeerd advies over medicijnen", outcome.Text.Nl);
        Assert.Contains("leidinggevende", outcome.Text.Nl);
        Assert.Contains("wrong advice about medicines", outcome.Text.En);
        Assert.Contains("tell your manager today", outcome.Text.En);
    }

    [Fact]
    public void SomeoneElsesPostLeakingAPatientsDetailsGoesToThePrivacyContact()
    {
        // User test 44: a colleague's story about a recognisable patient ended in "Laat het Marketing weten".
        var outcome = Triage.Outcome("not-mine")!;

        Assert.Contains("privacycontactpersoon", outcome.Text.Nl);
        Assert.Contains("patiënt", outcome.Text.Nl);
        Assert.Contains("privacy contact", outcome.Text.En);
        Assert.Contains("patient", outcome.Text.En);
    }

    [Fact]
    public void NoTriageOutcomeOrQuizFeedbackAdvisesTakingAScreenshot()
    {
        var texts = Triage.Outcomes.SelectMany(o => new[] { o.Text.Nl, o.Text.En })
            .Concat(Content.Quiz!.Questions.SelectMany(q => q.Answers).Where(a => a.Correct).SelectMany(a => new[] { a.Feedback.Nl, a.Feedback.En }));

        Assert.All(texts, t =>
        {
            Assert.DoesNotContain("take a screenshot for", t, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("maak snel een screenshot", t, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [InlineData("nl-NL", "kan ik ontslagen worden?")]
    [InlineData("en-US", "can I be fired for this?")]
    public async Task AskingWhetherYouCanBeFiredIsAnsweredNotTriaged(string locale, string question)
    {
        var flow = new DialogTestFlow(new PolicyBotEngine(new BundledContentProvider()), locale);

        await flow.Send(question).AssertReply(r => Assert.Equal("consequences-of-a-mistake", r.Card<AnswerCard>().TopicId)).RunAsync();
    }

    [Fact]
    public void ConsequencesGoBySeverityWithRepeatsAndSayWhoDecides()
    {
        var answer = Content.Topic("consequences-of-a-mistake")!.Answer;

        Assert.Contains("coaching", answer.En);
        Assert.Contains("HR", answer.En);
        Assert.Contains("Repeat offences", answer.En);
        Assert.Contains("Who decides?", answer.En);
        Assert.Contains("Wie beslist?", answer.Nl);
        Assert.Equal("hr", Content.Topic("consequences-of-a-mistake")!.Owner);
    }

    [Fact]
    public void ATypoIsFixedWithoutGoingToTheManager()
    {
        var typo = Triage.Step(Triage.Start)!.Choices.Single(c => c.Synonyms.En.Contains("typo"));
        var outcome = Triage.Outcome(typo.Outcome!)!;

        // Only a wrong fact that could harm someone goes to the manager (user test 53); a typo does not.
        Assert.All(Sentences(outcome.Text.En).Where(t => t.Contains("manager")), t => Assert.Contains("harm", t));
        Assert.All(Sentences(outcome.Text.Nl).Where(t => t.Contains("leidinggevende")), t => Assert.Contains("schaden", t));
        Assert.Contains("Een tikfout hoef je niet te melden", outcome.Text.Nl);
    }

    // A question and the sentence that answers it stay together ("Kan de fout iemand schaden? Haal het dan…").
    private static IEnumerable<string> Sentences(string text) => text.Split('\n').SelectMany(line => line.Split(". "));

    [Fact]
    public void NoOutcomePromisesThereIsNothingToWorryAbout()
    {
        Assert.All(Content.Checks.SelectMany(c => c.Outcomes), o =>
        {
            Assert.DoesNotContain("nothing to worry about", o.Text.En);
            Assert.DoesNotContain("geen reden voor zorgen", o.Text.Nl);
        });
    }

    [Fact]
    public void VoluntaryParticipationMakesAnExceptionForRolesWherePostingIsTheJob()
    {
        var answer = Content.Topic("voluntary-participation")!.Answer;

        Assert.DoesNotContain("never required", answer.En);
        Assert.DoesNotContain("nooit verplicht", answer.Nl);
        Assert.Contains("spokespeople", answer.En);
        Assert.Contains("woordvoerders", answer.Nl);
    }

    [Fact]
    public void EmployeesDoNotReviewOurOwnOrCompetitorsProducts()
    {
        var answer = Content.Topic("transparency-and-disclosure")!.Answer;

        Assert.Contains("Don't write reviews of our own products or a competitor's", answer.En);
        Assert.Contains("Schrijf geen reviews van onze eigen producten of die van concurrenten", answer.Nl);
    }

    [Fact]
    public void HarassmentAndHatefulPostsGoToHrOrTheConfidentialAdviser()
    {
        var topic = Content.Topic("online-harassment")!;

        Assert.Equal("hr", topic.Owner);
        Assert.Contains("confidential adviser", topic.Answer.En);
        Assert.Contains("vertrouwenspersoon", topic.Answer.Nl);
        Assert.Contains("confidential adviser", Content.Topic("core-values-and-conduct")!.Answer.En);
    }

    [Fact]
    public void RolesAndTheInternalCommunityAreCovered()
    {
        var speaking = Content.Topic("speaking-for-the-company")!.Answer;

        Assert.Contains("Spokespeople, PR and Marketing", speaking.En);
        Assert.Contains("Managers and executives", speaking.En);
        Assert.Contains("internal community", Content.Topic("training-and-ambassadors")!.Answer.En);
    }

    [Fact]
    public void QuizAnswersAgreeWithEachOtherAndWithTheTriage()
    {
        var quiz = Content.Quiz!;

        // Friends take screenshots: "friends only" can't be right for a party photo while wrong for a rant.
        Assert.False(quiz.Question("wedding-photo")!.Answers.Single(a => a.Id == "close-friends").Correct);
        Assert.False(quiz.Question("rude-customer-story")!.Answers.Single(a => a.Id == "friends-only").Correct);
        // A sharp comment on a competitor's post is simply not posted.
        Assert.Equal("dont-post", quiz.Question("competitor-launch")!.Answers.Single(a => a.Correct).Id);
        // The leak advice is the triage's: no screenshot, tell the manager and the privacy contact.
        Assert.Contains("privacy contact", quiz.Question("whiteboard-in-photo")!.Answers.Single(a => a.Correct).Feedback.En);
    }

    [Theory]
    [InlineData("Discriminerende, seksistische of beledigende")]
    [InlineData("Gedraag je online zoals")]
    [InlineData("Bestaande regels en kernwaarden gelden online")]
    [InlineData("Vertrouwelijke en bedrijfskritische informatie deel je niet")]
    [InlineData("Denk doelgroep")]
    [InlineData("Authentiek en transparant")]
    [InlineData("Persoonlijke uitingen dragen ook bij")]
    [InlineData("Wees terughoudend met extreme standpunten")]
    [InlineData("Geen zorgen, dat hoeft ook niet")]
    public void LinesThatTrackedTheArticlesAreSaidInOwnWords(string articleLine) => AssertNowhere(articleLine);

    [Theory]
    [InlineData("kan best spannend voelen")]
    [InlineData("Daar kan er echt iets mee gebeuren")]
    [InlineData("geen reden voor zorgen")]
    [InlineData("een korte, eerlijke noot")]
    [InlineData("adem even in")]
    [InlineData("Bedanken, doorzetten")]
    [InlineData("in het vuur van het moment")]
    public void DutchReadsAsANativeEditorWouldWriteIt(string clumsy) => AssertNowhere(clumsy);

    private static void AssertNowhere(string fragment)
    {
        var folder = BundledContentTests.BundledContentFolder();
        foreach (var file in Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories))
            Assert.False(File.ReadAllText(file).Contains(fragment, StringComparison.OrdinalIgnoreCase), $"{Path.GetRelativePath(folder, file)} still says '{fragment}'");
    }

    [Fact]
    public void CompanyNewsIsWelcomedOnlyOnceAnnouncedAndTheFirstSentenceSaysSo()
    {
        // "Please do!" alone read as a go-ahead for a deal nobody had announced yet (user test, 2026-12-07).
        var answer = Content.Topic("company-news-and-successes")!.Answer;

        Assert.Contains("announced it officially", FirstSentence(answer.En));
        Assert.Contains("officieel", FirstSentence(answer.Nl));
        // Twelfth session's user tests: "Graag, zodra…" opening a press release draft or a van accident read as a yes.
        Assert.False(answer.Nl.StartsWith("Graag", StringComparison.Ordinal));
        Assert.False(answer.En.StartsWith("Please do", StringComparison.Ordinal));
        Assert.Contains("Not announced yet", answer.En);
        Assert.Contains("Nog niet aangekondigd", answer.Nl);
    }

    [Fact]
    public void AComplaintAboutYouIsNotYoursToAnswer()
    {
        // User test 40: a delivery driver in a customer's viral video was told "Reply briefly and kindly".
        var answer = Content.Topic("customer-question")!.Answer;

        Assert.Contains("Gaat de klacht of review over jou", answer.Nl);
        Assert.Contains("Is the complaint or review about you", answer.En);
    }

    [Fact]
    public void NotTakingPartHasNoConsequences()
    {
        // User tests 36 and 40: "en als ik het niet doe, heeft dat gevolgen?" after "joining is optional" got the scale of
        // sanctions alone; the answer that question lands on says that not taking part is never a mistake.
        var answer = Content.Topic("consequences-of-a-mistake")!.Answer;

        Assert.Contains("Niet meedoen** als ambassadeur is nooit een fout", answer.Nl);
        Assert.Contains("Not taking part** as an ambassador is never a mistake", answer.En);
    }

    [Fact]
    public void TheLogoIsForPostsAboutWorkNeverForYourOwnBusiness()
    {
        var answer = Content.Topic("using-the-company-logo")!.Answer;

        Assert.Contains("only with posts about your work", FirstSentence(answer.En));
        Assert.Contains("alleen bij berichten over je werk", FirstSentence(answer.Nl));
        Assert.Contains("Not for your own business", answer.En);
        Assert.Contains("Niet voor je eigen bedrijf", answer.Nl);
    }

    private static string FirstSentence(string text) => text[..text.IndexOf('.')];
}
