using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// Asking for a person in one's own words ("I need to talk to a person", "ik wil klantenservice mailen") starts the
/// hand-off, not a search for a policy topic (user test, 2026-12-07: four of six such requests got "nothing matches").
/// </summary>
public sealed class ContactRequestFlowTests
{
    private static readonly PolicyContent Content = BundledContentProvider.Bundled;

    private static DialogTestFlow Flow(string locale) => new(new PolicyBotEngine(new BundledContentProvider()), locale);

    [Theory]
    [InlineData("en-US", "I need to talk to a person")]
    [InlineData("en-US", "can I speak to a human please?")]
    [InlineData("nl-NL", "kan ik met een mens praten")]
    [InlineData("nl-NL", "kan ik met iemand praten")]
    [InlineData("en-US", "who do I contact about this?")]
    [InlineData("nl-NL", "wie moet ik bellen?")]
    [InlineData("nl-NL", "met wie kan ik praten")]
    [InlineData("en-US", "who should I talk to?")]
    // Twelfth session's user tests.
    [InlineData("nl-NL", "kan ik gewoon iemand spreken ipv een bot")]
    [InlineData("en-US", "I'd like to talk to a real person please")]
    [InlineData("en-US", "who can I contact about this?")]
    [InlineData("en-US", "need a person")]
    // User tests 60 and 61: asking to talk it over with someone got "nothing about that".
    [InlineData("nl-NL", "Ik wil dit graag met iemand bespreken.")]
    [InlineData("en-US", "can I discuss this with someone?")]
    // User test 70: ten words, nothing answered just before (the question before got "did you mean").
    [InlineData("en-US", "I'd like to talk to someone about this now")]
    public async Task AskingForAPersonOffersTheOwnersToTalkTo(string locale, string text)
    {
        await Flow(locale)
            .Send(text)
            .AssertReply(r => Assert.Equal(ContactChoice(locale), r.Choices.Select(c => c.Title).ToList()))
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    // User tests 44-46: "who do I send it to?" and "wie moet ik dan mailen" right after an answer found nothing or the
    // choice of all owners; they ask for the answer's owner. So does reporting what the answer was about (user test:
    // harassment goes to HR), a little longer too.
    [InlineData("nl-NL", "online-harassment", "kan ik het melden bij iemand van het bedrijf", "Wat wil je aan HR vragen?")]
    [InlineData("en-US", "online-harassment", "who can I report it to?", "What would you like to ask HR?")]
    [InlineData("nl-NL", "customer-question", "wie moet ik dan mailen", "Wat wil je aan Klantenservice vragen?")]
    [InlineData("nl-NL", "customer-question", "wie is dat dan precies bij ons", "Wat wil je aan Klantenservice vragen?")]
    [InlineData("nl-NL", "customer-question", "naar wie verwijs ik hem dan", "Wat wil je aan Klantenservice vragen?")]
    [InlineData("en-US", "customer-question", "fine. who do I send it to?", "What would you like to ask Customer Service?")]
    [InlineData("nl-NL", "sales-and-press", "hoe bereik ik marketing dan", "Wat wil je aan Marketing vragen?")]
    // User test 61: "who handles this then" after the answer on a customer's medicine question went to Marketing.
    [InlineData("en-US", "customer-question", "ok who handles this then", "What would you like to ask Customer Service?")]
    [InlineData("nl-NL", "customer-question", "wie pakt dat dan op?", "Wat wil je aan Klantenservice vragen?")]
    // User test 64: "who do I report that to?" after harassment got the card on sales and press.
    [InlineData("en-US", "online-harassment", "who do I report that to?", "What would you like to ask HR?")]
    public async Task AskingWhoOrReportingRightAfterAnAnswerGoesToItsOwner(string locale, string topic, string text, string prompt)
    {
        await Flow(locale)
            .Submit(Commands.Topic(topic))
            .SkipReplies()
            .Send(text)
            .AssertReply(r => Assert.StartsWith(prompt, r.Text))
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    // Review 50: how-to questions that hold "hoe bereik ik" or "how do I reach" ask for no one, and a request that names a
    // matter of its own ("als een klant dan klaagt") is about that matter, not the answer before it.
    [InlineData("nl-NL", "hoe krijg ik meer volgers op linkedin?")]
    [InlineData("nl-NL", "hoe bereik ik jongeren met mijn posts?")]
    [InlineData("en-US", "how do I reach more people on linkedin?")]
    [InlineData("en-US", "how do I get hold of the logo?")]
    [InlineData("nl-NL", "naar wie stuur ik een connectieverzoek op linkedin?")]
    [InlineData("nl-NL", "wordt hr ingeschakeld als ik iets fout post?")]
    public async Task AHowToQuestionAsksForNoOne(string locale, string text)
    {
        await Flow(locale)
            .Send(text)
            .AssertReply(r => Assert.NotEqual(ContactChoice(locale), r.Choices.Select(c => c.Title).ToList()))
            .SkipReplies()
            .RunAsync();
    }

    private static List<string> ContactChoice(string locale) =>
        Content.Owners.Where(o => o.ContactChoice).Select(o => o.Name[locale.StartsWith("nl") ? Language.Nl : Language.En]).ToList();

    [Theory]
    [InlineData("nl-NL", "wie moet ik bellen als een klant dan klaagt?", "Wat wil je aan HR vragen?")]
    [InlineData("en-US", "who do I call then if a journalist calls me?", "What would you like to ask HR?")]
    public async Task ARequestNamingItsOwnMatterIsNotAboutTheAnswerBefore(string locale, string text, string notPrompt)
    {
        await Flow(locale)
            .Submit(Commands.Topic("online-harassment"))
            .SkipReplies()
            .Send(text)
            .AssertReply(r => Assert.False(r.Text.StartsWith(notPrompt, StringComparison.Ordinal), r.Text))
            .SkipReplies()
            .RunAsync();
    }

    [Theory]
    // Asking for a person about a matter the policy is not about: where such questions go, not the policy's owners.
    [InlineData("nl-NL", "wie moet ik bellen over mijn salaris")]
    [InlineData("en-US", "who do I call about my payslip")]
    public async Task AskingForAPersonAboutAnUnrelatedMatterSaysWhereToGo(string locale, string text)
    {
        var language = locale.StartsWith("nl") ? Language.Nl : Language.En;
        await Flow(locale)
            .Send(text)
            .AssertReply(r =>
            {
                Assert.NotEqual(Content.Message(MessageIds.HandoffChooseOwner)[language].Trim(), r.Text.Trim());
                Assert.Equal(Content.Message(MessageIds.NoMatch)[language].Trim(), r.Text.Trim());
            })
            .RunAsync();
    }

    [Theory]
    [InlineData("nl-NL", "ik wil klantenservice mailen", "Wat wil je aan Klantenservice vragen?")]
    [InlineData("en-US", "contact marketing", "What would you like to ask Marketing?")]
    [InlineData("en-US", "I want to talk to someone in marketing", "What would you like to ask Marketing?")]
    [InlineData("en-US", "I need to talk to HR", "What would you like to ask HR?")]
    [InlineData("en-US", "someone from HR please", "What would you like to ask HR?")]
    [InlineData("nl-NL", "kan ik met de vertrouwenspersoon praten", "Wat wil je aan de vertrouwenspersoon vragen?")]
    [InlineData("en-US", "I want to talk to the confidential adviser", "What would you like to ask the confidential adviser?")]
    [InlineData("nl-NL", "ik wil iemand spreken van klantenservice", "Wat wil je aan Klantenservice vragen?")]
    [InlineData("en-US", "marketing then", "What would you like to ask Marketing?")]
    [InlineData("en-US", "can I talk to someone van marketing", "What would you like to ask Marketing?")]
    // User test 46: the privacy contact could not be reached by typing; "marketing dan" still names Marketing although
    // "dan" now points back at an answer.
    [InlineData("en-US", "who is the privacy contact?", "What would you like to ask the privacy contact?")]
    [InlineData("nl-NL", "ik wil de privacycontactpersoon spreken", "Wat wil je aan de privacycontactpersoon vragen?")]
    [InlineData("nl-NL", "marketing dan", "Wat wil je aan Marketing vragen?")]
    // User test 51: an owner's name alone, and a department named the way people at a municipality do.
    [InlineData("en-US", "hr", "What would you like to ask HR?")]
    [InlineData("nl-NL", "Klantenservice?", "Wat wil je aan Klantenservice vragen?")]
    [InlineData("nl-NL", "Ik wil graag iemand van de afdeling communicatie spreken", "Wat wil je aan Marketing vragen?")]
    // User test 62: nine words that name HR, with nothing answered before, got the card on official statements.
    [InlineData("en-US", "Can I speak to someone in HR about it?", "What would you like to ask HR?")]
    // User test 72.
    [InlineData("nl-NL", "Ik wil dit met HR bespreken", "Wat wil je aan HR vragen?")]
    [InlineData("nl-NL", "mag ik met iemand spreken van HR hierover?", "Wat wil je aan HR vragen?")]
    public async Task AskingForAnOwnerByNameGoesStraightToThatOwner(string locale, string text, string prompt)
    {
        await Flow(locale)
            .Send(text)
            .AssertReply(r => Assert.StartsWith(prompt, r.Text))
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    [InlineData("nl-NL", "een klant vraagt online hoe hij klantenservice kan bereiken, wat moet ik antwoorden")]
    // Seventh user test: a question about who the confidential adviser is became a hand-off to them.
    [InlineData("nl-NL", "wie is de vertrouwenspersoon")]
    [InlineData("en-US", "a customer asked me on LinkedIn how to contact customer service, should I answer him there")]
    // Short ones too (review: these three started talk-to-someone).
    [InlineData("en-US", "can I contact someone on linkedin")]
    [InlineData("nl-NL", "mag ik een echte persoon taggen")]
    [InlineData("en-US", "can I post a real person's photo")]
    // Review 69: ten words that name HR as the matter, not as the person wanted.
    [InlineData("en-US", "who should I talk to if HR leaks my data?")]
    public async Task AQuestionThatMentionsAnOwnerIsStillAQuestion(string locale, string text)
    {
        await Flow(locale)
            .Send(text)
            .AssertReply(r =>
            {
                Assert.DoesNotContain("vragen? Beschrijf", r.Text);
                Assert.DoesNotContain("What would you like to ask", r.Text);
                Assert.NotEqual(Content.Message(MessageIds.HandoffChooseOwner)[locale.StartsWith("nl") ? Language.Nl : Language.En].Trim(), r.Text.Trim());
            })
            .RunAsync();
    }

    [Theory]
    [InlineData("nl-NL", Language.Nl)]
    [InlineData("en-US", Language.En)]
    public async Task NoneOfTheseOffersThePeopleItsTextNames(string locale, Language language)
    {
        // It says "Marketing or Customer Service" and used to offer HR and the privacy contact as well.
        var expected = Content.Owners.Where(o => o.ContactChoice).Select(o => Content.Message(MessageIds.ButtonAskOwner)[language].Replace("{owner}", o.Name[language])).ToList();

        await Flow(locale)
            .Submit(Commands.NoneOfThese)
            .AssertReply(r =>
            {
                Assert.Equal(Content.Message(MessageIds.NoneOfThese)[language].Trim(), r.Text.Trim());
                Assert.Equal(expected, r.Choices.Select(c => c.Title).ToList());
            })
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    [InlineData("nl-NL", "Wat wil je aan de privacycontactpersoon vragen?")]
    [InlineData("en-US", "What would you like to ask the privacy contact?")]
    public async Task ASentenceNamesAnOwnerWithItsArticle(string locale, string prompt)
    {
        // "Wat wil je aan Privacycontactpersoon vragen?" (user test, 2026-12-07).
        await Flow(locale)
            .Submit(new AskOwner("privacy"))
            .AssertReply(r => Assert.StartsWith(prompt, r.Text))
            .RunAsync();
    }

    [Theory]
    [InlineData("nl-NL", "ik wil met iemand praten", "Met wie wil je contact?")]
    [InlineData("en-US", "who should I talk to?", "Who should I put you in touch with?")]
    [InlineData("en-US", "I need to talk to HR", "What would you like to ask HR?")]
    public async Task AskingForAPersonHalfwayThroughTheCheckLeavesItForThatPerson(string locale, string text, string prompt)
    {
        // Read as a wrong answer to the check's question before (user test, 2026-12-07).
        await Flow(locale)
            .Submit(new StartCheck(null))
            .SkipReplies()
            .Send(text)
            .AssertReply(r => Assert.StartsWith(prompt, r.Text))
            .AssertNoMoreReplies()
            .AssertState(s => Assert.DoesNotContain(s.Dialogs.DialogStack, d => d.Id == GuidedCheckDialog.DialogId))
            .RunAsync();
    }

    [Fact]
    public async Task AskingForAPersonInTheQuizLeavesItForThatPerson()
    {
        await Flow("en-US")
            .Submit(new MenuAction(MenuItem.Quiz))
            .SkipReplies()
            .Send("can I speak to a human please?")
            .AssertReply(r => Assert.StartsWith("Who should I put you in touch with?", r.Text))
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    [InlineData("en-US", "the confidential adviser please", "What would you like to ask the confidential adviser?")]
    [InlineData("nl-NL", "de privacycontactpersoon", "Wat wil je aan de privacycontactpersoon vragen?")]
    public async Task TheChoiceOfOwnerUnderstandsAnOwnerItDoesNotOfferByName(string locale, string text, string prompt)
    {
        await Flow(locale)
            .Submit(new MenuAction(MenuItem.Contact))
            .AssertReply(r => Assert.DoesNotContain(r.Choices, c => c.Value is "privacy" or "confidential-adviser"))
            .Send(text)
            .AssertReply(r => Assert.StartsWith(prompt, r.Text))
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task AnOwnerNotOfferedIsNeverPickedByNumber()
    {
        await Flow("en-US")
            .Submit(new MenuAction(MenuItem.Contact))
            .SkipReplies()
            .Send("4")
            .AssertReply(r => Assert.StartsWith("Please pick one of the options", r.Text))
            .RunAsync();
    }

    [Fact]
    public async Task TheQuestionForAnOwnerMayAskForSomeoneItself()
    {
        // What the employee types for the owner is theirs, even when it asks for a person.
        await Flow("en-US")
            .Submit(new AskOwner("marketing"))
            .SkipReplies()
            .Send("who should I talk to about a press request?")
            .AssertReply(r => Assert.Contains("who should I talk to about a press request?", r.Text))
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    [InlineData("nl-NL", "mag ik een foto van een collega op instagram zetten", "mentioning-others")]
    [InlineData("en-US", "can I share our revenue figures on linkedin?", "confidential-information")]
    public async Task APolicyQuestionAtTheChoiceOfOwnerIsAnswered(string locale, string question, string topic)
    {
        // Seventh user test: "Kies een van de opties" to every question until "stop".
        await Flow(locale)
            .Submit(new MenuAction(MenuItem.Contact))
            .SkipReplies()
            .Send(question)
            .AssertReply(r => Assert.Equal(topic, r.Card<AnswerCard>().TopicId))
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    [Fact]
    public async Task AnOwnerNamedInASentenceAtTheChoiceIsThatOwner()
    {
        await Flow("nl-NL")
            .Submit(new MenuAction(MenuItem.Contact))
            .SkipReplies()
            .Send("ik wil marketing iets vragen over een persbericht")
            .AssertReply(r => Assert.StartsWith("Wat wil je aan Marketing vragen?", r.Text))
            .RunAsync();
    }
}
