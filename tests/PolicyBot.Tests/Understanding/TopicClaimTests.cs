using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Dialogs;

namespace PolicyBot.Tests.Understanding;

/// <summary>
/// A topic's claims: words that bring a question to it whichever topic the recognizer picked, so the rule is written
/// once instead of as an exception on every topic that might catch the question. The eleventh session's user tests
/// found the testers' questions in other words landing on topics without the exception (4 of 8 tries).
/// </summary>
public sealed class TopicClaimTests
{
    private static readonly TopicRecognizer Bundled = new(BundledContentProvider.Bundled);

    [Theory]
    // Variants in our own words; before the claims, the marked one was answered by a topic without the exception.
    [InlineData("beleggers vragen op twitter naar onze overname, mag ik reageren?", "confidential-information")] // was official statements
    [InlineData("an investor commented under my post asking about our growth, can I reply?", "confidential-information")]
    [InlineData("er zijn misstanden op mijn afdeling, mag ik daar een filmpje over op tiktok zetten", "criticism-of-employer")]
    [InlineData("our site is illegally dumping waste, can I tweet the photos and tag the newspaper?", "criticism-of-employer")]
    [InlineData("can I tell my followers about the merger? it's not public yet", "confidential-information")]
    // User tests 39 and 40: a sponsor deal of one's own got company news, a dog bite on the round got nothing.
    [InlineData("omg ik krijg een sponsor deal van een protein brand, mag ik die gewoon promoten op mijn insta? ik ben trainer bij jullie gym", "transparency-and-disclosure")]
    public void AClaimTakesTheQuestionWhicheverTopicWasPicked(string question, string topic) =>
        Assert.Equal(topic, Bundled.Recognize(question).Topic);

    [Theory]
    // User tests 45 and 46: a review about oneself got official statements, a vacancy naming a colleague's burn-out and
    // a teacher's students on her own Instagram got company news. The second of each pair is in our own words.
    [InlineData("ugh, someone left a 1-star review on TripAdvisor saying I was rude at check-in. can I reply to it from my own account and tell my side?", "customer-question")]
    [InlineData("een gast zet op google een review waarin staat dat ik onbeleefd was, mag ik daarop reageren?", "customer-question")]
    [InlineData("We're hiring a replacement for John who left because of a burnout. Can I mention that in the vacancy post?", "mentioning-others")]
    [InlineData("mag ik in de vacaturetekst zetten dat de vorige collega door een burn-out is gestopt?", "mentioning-others")]
    [InlineData("mijn studenten hebben prachtige posters gemaakt en op een paar foto's staan de studenten zelf ook, mag ik dat op mijn instagram zetten?", "mentioning-others")]
    [InlineData("can I post photos of my pupils and their science projects on my own facebook?", "mentioning-others")]
    // User test 49: a celebrity's visit to the pharmacy or the shop got company news.
    [InlineData("A well-known TV presenter came into the pharmacy today to pick up a prescription. My colleague wants to post on Instagram that she served a celebrity. Is that allowed?", "mentioning-others")]
    // User test 46: posting a threatening fan's messages with his name got "Online is forever … then you're good".
    [InlineData("can I post a screenshot of the fan's threats with his name on the club's page, so other fans know who he is?", "online-harassment")]
    [InlineData("mag ik de bedreigingen posten met zijn naam erbij, zodat iedereen weet wie het is?", "online-harassment")]
    // User test 48: a parent's angry post about our daycare got "Harassed online" (HR and the police).
    [InlineData("pff er is een moeder die op facebook een hele boze post heeft gezet over ons kdv, dat we haar zoontje niet goed in de gaten houden omdat ie een buil had. allemaal mensen reageren eronder. ik wil zo graag reageren en vertellen hoe het echt zat!!", "customer-question")]
    [InlineData("een boze moeder klaagt op facebook over onze opvang, mag ik reageren?", "customer-question")]
    [InlineData("an angry parent is posting about our school on facebook, can I reply?", "customer-question")]
    // User test 52: a client's neighbour asking after his health got the customer-question card.
    [InlineData("De buurvrouw van een cliënt vraagt op facebook aan mij hoe het met hem gaat, hij ligt in het ziekenhuis. Wat moet ik antwoorden?", "mentioning-others")]
    // User test 54: "off the record" after the press card got the card about what happens to me.
    [InlineData("Can I at least tell her off the record that nothing is decided yet?", "sales-and-press")]
    [InlineData("mag ik de journalist off the record vertellen dat er nog niets besloten is?", "sales-and-press")]
    // User tests 57 and 58: a fire at the plant got party photos; a class trip's photos got company news.
    [InlineData("We had a fire in hall 3 last night, nobody hurt. Staff are already posting pictures on Facebook. What should I tell them?", "incident-at-work")]
    [InlineData("hoi! we zijn vandaag met groep 6 naar artis geweest en ik heb zoveel leuke fotos gemaakt van de kids bij de giraffen. mag ik die op mn insta zetten?", "mentioning-others")]
    // User tests 60-62: a review of us answered "say who you are"; an appointment, a medicine question and making good a
    // complaint went to Marketing or HR; a shareholder and a recruiter to Customer Service; a critic's article to
    // Customer Service; "we are investigating" under a rumour to "say who you are".
    [InlineData("er staat een hele nare review over ons op google, iemand schrijft dat de receptie onbeleefd was. Ik wil daar eigenlijk op reageren met mijn eigen account", "customer-question")]
    [InlineData("someone wrote a review of us on google saying our staff were rude, can I answer the review myself?", "customer-question")]
    [InlineData("mijn nichtje vraagt via instagram of ik een afspraak kan geven bij de tandarts, kan ik dat via insta regelen?", "customer-question")]
    [InlineData("Someone in a Facebook group asked whether they can take our medicine together with ibuprofen. Can I just reply?", "customer-question")]
    [InlineData("iemand vraagt in een facebookgroep naar de bijwerkingen van ons middel, mag ik antwoorden?", "customer-question")]
    [InlineData("mag ik hem een kortingscode geven om het goed te maken?", "customer-question")]
    [InlineData("die gast die ziek werd stuurt me een DM en dreigt met de GGD, wat moet ik doen?", "customer-question")]
    [InlineData("Een aandeelhouder stelt mij via LinkedIn een vraag over het dividendbeleid. Hoe dien ik te reageren?", "confidential-information")]
    [InlineData("A recruiter messaged me on LinkedIn asking about our team structure. Can I answer?", "confidential-information")]
    [InlineData("een klant belde vandaag met het grappigste verhaal ooit, mag ik dat op tiktok vertellen?", "confidential-information")]
    [InlineData("en als zijn recensie slecht is, mag ik dan reageren onder zijn artikel?", "sales-and-press")]
    [InlineData("Should I comment on that LinkedIn post to say we are investigating?", "speaking-for-the-company")]
    [InlineData("er gaat een gerucht over een datalek bij ons, mag ik onder de post zetten dat we het onderzoeken?", "speaking-for-the-company")]
    // User tests 63-65: being called names in messages got values and conduct; a complaint or review about me, told as
    // a story, got official statements or nothing.
    [InlineData("he also sent me a private message on messenger calling me names", "online-harassment")]
    [InlineData("een klant stuurt me steeds berichtjes en scheldt me uit", "online-harassment")]
    [InlineData("iemand heeft een hele gemene google review geschreven over mij, met mijn naam erin. ik wil zo graag terugschrijven wat er echt gebeurde", "customer-question")]
    [InlineData("er staat een klacht over mij op fb van een passagier, mag ik terug reageren?", "customer-question")]
    // User test 68: a death threat in everyday words went to sales and press.
    [InlineData("iemand stuurde me: ik maak je af als je buiten komt. wat moet ik doen?", "online-harassment")]
    [InlineData("a guy messaged me that he knows where I live, what should I do?", "online-harassment")]
    [InlineData("lol so I just had the funniest call ever, a guy called to complain that his router was \"haunted\". can I tweet about it? no names obviously", "confidential-information")]
    // User tests 70 and 71: a relative's threat got "reply briefly and kindly"; a colleague describing a patient's
    // overdose got "block the account"; campaign planning on the wall behind a desk photo got "joining is optional"; an
    // analyst and "say we are on track" got Customer Service; a pupil's mother writing about the teacher the triage.
    [InlineData("the son of one of our patients sent me a DM on instagram saying I'll regret how I treated his mum and that he knows which car is mine", "online-harassment")]
    [InlineData("a colleague posted on facebook about a crazy night shift and described a patient's overdose in detail. what should I do?", "mentioning-others")]
    [InlineData("ff snel: mag ik op linkedin posten dat ik hier stage loop + foto van mn desk met de campagne planning op de muur", "confidential-information")]
    [InlineData("An analyst commented under my LinkedIn post asking whether we expect to meet our annual targets. How should I respond?", "confidential-information")]
    [InlineData("Would it be all right to simply say we are on track? That is what the CFO told us internally.", "confidential-information")]
    [InlineData("een moeder van een leerling heeft op facebook een heel verhaal gezet over mij, dat ik haar zoon oneerlijk behandel. mijn naam staat erin. wat nu?", "customer-question")]
    // User test 73: a flood warning not yet public got the card on sanctions ("waarschuwing"); a crashed bus's photo for
    // the drivers' group got "online is forever … then you're good".
    [InlineData("Wij verwachten morgen een hoogwaterwaarschuwing af te geven, maar deze is nog niet openbaar. Mag ik mijn familie in de polder alvast via WhatsApp waarschuwen?", "confidential-information")]
    [InlineData("I took a photo of the bus after the crash, you can see the damage and the number plate. can i put it in the drivers whatsapp group?", "incident-at-work")]
    public void UserTestClaimsTakeTheQuestion(string question, string topic) =>
        Assert.Equal(topic, Bundled.Recognize(question).Topic);

    [Theory]
    // User tests 44-46, answered by new triggers (no claim): a student's grades asked by DM went to sales and press, an
    // offer DMed to a competitor's unhappy customers to customer questions.
    [InlineData("een student stuurt me een DM op insta, vraagt of ik z'n cijfers kan checken want hij weet dat ik bij de IT werk. wat moet ik doen?", "customer-question")]
    [InlineData("een klant van de apotheek appt me prive met een vraag over haar medicijnen, mag ik daar gewoon op antwoorden?", "customer-question")]
    [InlineData("ok and if I just DM their unhappy customers with an offer?", "sales-and-press")]
    // User test 47: a resident's relative asked privately got "Online is forever"; advice to lock in our rate got "Delen mag".
    [InlineData("Can I send a resident's daughter a private message on Messenger about how her mum is doing?", "customer-question")]
    [InlineData("Ik wil een LinkedIn post schrijven dat de hypotheekrente gaat stijgen en dat mensen er goed aan doen nu hun rente vast te zetten. Ik werk bij de bank. Kan dat?", "sales-and-press")]
    public void UserTestQuestionsFindTheirOwner(string question, string topic) =>
        Assert.Equal(topic, Bundled.Recognize(question).Topic);

    [Theory]
    // User test 49: a celebrity in the shop got company news. That they are our customer is theirs to tell: mentioning
    // others is answered or offered (beside confidential info, a close second), company news is neither.
    [InlineData("er kwam vandaag een bekende nederlander in de winkel, mag ik dat in mijn story zetten?")]
    [InlineData("omg a literal celebrity just came in to shop and i served her!!! can i post about it on my story")]
    public void ACelebrityCustomerIsNoCompanyNews(string question) =>
        TopicExceptionTests.AssertHandedOn(Bundled.Recognize(question), "company-news-and-successes", "mentioning-others");

    [Theory]
    // These sit between answered and offered, so assert what holds either way: the claiming topic is the answer or a
    // "did you mean" button, and the topic picked before the claims is neither.
    [InlineData("mag ik een grappige sollicitatiebrief van een sollicitant op linkedin delen", "may-i-share", "mentioning-others")]
    [InlineData("ik werd door een hond gebeten tijdens mijn bezorgronde, mag ik het filmpje delen?", "may-i-share", "incident-at-work")]
    // User test 48: a colleague posting the daycare children got the card on one's own private photos.
    [InlineData("een collega zet fotos van de kindjes in haar insta story, soms zelfs met gezichtjes. moet ik daar iets mee?", "private-photos-and-image", "mentioning-others")]
    public void AClaimHandsOnASuggestionToo(string question, string ruledOut, string topic) =>
        TopicExceptionTests.AssertHandedOn(Bundled.Recognize(question), ruledOut, topic);

    [Theory]
    // A claim's not-from: vacancies are company news, readers are an audience, one's own slip is a mistake, a reporter
    // goes to the press desk even about what is not announced yet.
    [InlineData("we zoeken sollicitanten voor ons magazijn, mag ik de vacature delen?", "company-news-and-successes")]
    [InlineData("hoe formeel moet een post zijn als zowel klanten als sollicitanten en mn familie het zien?", "audiences")]
    [InlineData("ik heb per ongeluk iets gepost dat nog niet aangekondigd is, wat nu?", "mistake-made")]
    [InlineData("a reporter asked me about a deal that isn't announced yet, who do I send him to?", "sales-and-press")]
    public void ATopicUnderNotFromKeepsTheQuestion(string question, string topic) =>
        Assert.Equal(topic, Bundled.Recognize(question).Topic);

    [Theory]
    // Review of the twelfth session: a claim's words must say the thing itself, not a word it shares with a team photo.
    [InlineData("can I post a photo of our team of data analysts at the summer party?", "confidential-information")]
    [InlineData("mag ik een foto van de kindjes van mijn zus op het strand posten?", "mentioning-others")]
    [InlineData("can I post a photo of my toddlers at the beach?", "mentioning-others")]
    // Review 50: a glowing review, teaching one's pupils and a complaint made to HR are not the
    // matters those claims are about.
    [InlineData("ik kreeg een lovende review over mij op google, mag ik die delen?", "customer-question")]
    // Review 69: a slip of one's own under a bad review is the mistake's, not the review's; a dividend of one's own no
    // confidential matter.
    [InlineData("oeps, ik heb te fel gereageerd op een slechte review, wat nu?", "customer-question")]
    [InlineData("hoeveel dividend heb ik gekregen van mijn aandelen", "confidential-information")]
    [InlineData("mag ik mijn leerlingen uitleggen hoe ze veilig posten?", "mentioning-others")]
    [InlineData("een collega diende een klacht over mij in bij hr, mag ik daar iets over posten?", "customer-question")]
    [InlineData("my manager wrote a review saying I was rude to a colleague, can I share my side on linkedin?", "customer-question")]
    public void AWordOfTwoMeaningsIsNoClaim(string question, string notTopic) =>
        Assert.NotEqual(notTopic, Bundled.Recognize(question).Topic);

    [Theory]
    // The words of the exception lists the claims replaced still hand questions on (review: "nog niet bekend", "nog
    // geheim" and "still secret" were lost from customer questions).
    [InlineData("een klant vraagt naar iets dat nog niet bekend is, wat zeg ik?", "confidential-information")]
    [InlineData("a customer asks me about something that is still secret, what do I say?", "confidential-information")]
    [InlineData("mag ik posten waarom iemand is afgewezen voor het ambassadeursprogramma?", "mentioning-others")]
    public void TheWordsOfTheReplacedExceptionsStillHandQuestionsOn(string question, string topic) =>
        Assert.Equal(topic, Bundled.Recognize(question).Topic);

    [Fact]
    public void AClaimHandsOnAnyOtherTopicButTheOnesItLeavesOut()
    {
        var content = WithTriggers(("audiences", "who reads my posts"), ("customer-question", "a customer asks in a dm"));
        content = With(content, "confidential-information", t => t with { Claims = [new TopicClaim(new LocalizedList(["embargo"], ["embargo"]), ["audiences"])] });
        var recognizer = new TopicRecognizer(content);

        Assert.Equal("customer-question", recognizer.Recognize("a customer asks in a dm").Topic); // the precondition
        Assert.Equal("confidential-information", recognizer.Recognize("a customer asks in a dm under embargo").Topic);
        Assert.Equal("audiences", recognizer.Recognize("who reads my posts under embargo").Topic);
    }

    [Fact]
    public void ThePickedTopicsOwnExceptionGoesFirst()
    {
        var content = WithTriggers(("customer-question", "a customer asks in a dm"));
        content = With(content, "confidential-information", t => t with { Claims = [new TopicClaim(new LocalizedList(["embargo"], ["embargo"]), [])] });
        content = With(content, "customer-question", t => t with { Exceptions = [new TopicException("audiences", new LocalizedList(["embargo"], ["embargo"]))] });

        Assert.Equal("audiences", new TopicRecognizer(content).Recognize("a customer asks in a dm under embargo").Topic);
    }

    [Fact]
    public void AClaimLoadsWithItsWordsAndTheTopicsThatKeepTheirQuestions()
    {
        using var folder = ContentFolder.WithValidContent().Write("news.yaml", News("[confidential-information]"));

        var claim = Assert.Single(folder.Load().Content!.Topic("news")!.Claims);

        Assert.Equal(["nog niet bekend"], claim.When.Nl);
        Assert.Equal(["not announced"], claim.When.En);
        Assert.Equal(["confidential-information"], claim.NotFrom);
    }

    [Fact]
    public void AClaimThatLeavesOutItsOwnTopicIsAnError()
    {
        using var folder = ContentFolder.WithValidContent().Write("news.yaml", News("[news]"));

        Assert.Contains(folder.Errors(), e => e.StartsWith("news.yaml:8:5: a claim of topic 'news' lists the topic itself under 'not-from'", StringComparison.Ordinal));
    }

    [Fact]
    public void AClaimLeavingOutAnUnknownTopicIsReportedWithItsPosition()
    {
        using var folder = ContentFolder.WithValidContent().Write("news.yaml", News("[confidential-info]"));

        Assert.Contains(folder.Errors(), e => e.StartsWith("news.yaml:12:20: unknown topic 'confidential-info'", StringComparison.Ordinal));
    }

    private static PolicyContent WithTriggers(params (string Topic, string Phrase)[] triggers)
    {
        var content = PolicyBot.Tests.Dialogs.TestContent.Build();
        foreach (var (topic, phrase) in triggers)
            content = With(content, topic, t => t with { Triggers = t.Triggers with { Nl = [phrase], En = [phrase] } });
        return content;
    }

    private static PolicyContent With(PolicyContent content, string topic, Func<Topic, Topic> change) =>
        content with { Topics = [.. content.Topics.Select(t => t.Id == topic ? change(t) : t)] };

    private static string News(string notFrom) => $$"""
        topics:
          - id: news
            title: { nl: Nieuws, en: News }
            answer: { nl: Graag., en: Please do. }
            triggers:
              nl: [nieuws delen, een succes posten, mag ik ons nieuws delen]
              en: [share news, post a success, may i share our news]
            claims:
              - when:
                  nl: [nog niet bekend]
                  en: [not announced]
                not-from: {{notFrom}}
        """;
}
