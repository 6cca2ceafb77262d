using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Dialogs;

namespace PolicyBot.Tests.Understanding;

/// <summary>
/// A topic's exceptions: a few words that turn its question into another topic's ("not announced yet" makes company
/// news confidential). User test, 2026-12-07: "a huge contract, not announced yet, can I post it?" got "Please do!".
/// </summary>
public sealed class TopicExceptionTests
{
    private static readonly TopicRecognizer Bundled = new(BundledContentProvider.Bundled);

    [Theory]
    [InlineData("We just signed a huge contract with a car maker, not announced yet. Can I post about it on LinkedIn?")]
    [InlineData("we hebben een mega deal binnengehaald maar het is nog niet bekendgemaakt, mag ik dat op linkedin zetten?")]
    // Fourth user test: this one started the mistake triage.
    [InlineData("Can I post that our Q3 revenue was up 20%? The CEO said it in the town hall")]
    public void NewsNotAnnouncedYetIsConfidential(string question) =>
        Assert.Equal("confidential-information", Bundled.Recognize(question).Topic);

    [Theory]
    [InlineData("We just signed a huge contract with a car maker, it was announced this morning. Can I post about it on LinkedIn?")]
    [InlineData("we hebben een mega deal binnengehaald en het is officieel bekendgemaakt, mag ik dat op linkedin zetten?")]
    // Dutch "intern" is "internal" (an exception word), English "intern" a trainee: words count in their own language.
    [InlineData("As an intern I helped build the app that launched today, can I show what I contributed?")]
    // Review: "voor" is also "for", "no longer under wraps" is out, "own company" can be ours.
    [InlineData("mag ik onze bedrijfspost voor de aankondiging van de nieuwe vestiging delen?")]
    [InlineData("can I share the news about our company's new office now that it is no longer under wraps?")]
    [InlineData("can I share the great news about our own company on LinkedIn?")]
    public void AnnouncedNewsStaysCompanyNews(string question) =>
        Assert.Equal("company-news-and-successes", Bundled.Recognize(question).Topic);

    [Theory]
    [InlineData("Can I promote my own side business on my LinkedIn profile?")]
    [InlineData("mag ik mijn eigen webshop promoten op linkedin")]
    public void YourOwnBusinessIsNoCompanyNews(string question) =>
        Assert.Equal("using-the-company-logo", Bundled.Recognize(question).Topic);

    [Theory]
    [InlineData("mijn medewerker heeft gisteravond iets vervelends gepost, wat nu?")]
    [InlineData("one of my employees posted something bad last night, what should I do?")]
    public void ATeamLeadersQuestionAboutSomeoneElsesPostIsNoTriageOfTheirOwn(string question) =>
        Assert.Equal("consequences-of-a-mistake", Bundled.Recognize(question).Topic);

    [Theory]
    // Sixth user test: "Graag… een bericht van onze bedrijfspagina delen kan altijd" to each of these.
    [InlineData("mag ik een post van onze bedrijfspagina delen met erbij dat de directie er niks van snapt", "criticism-of-employer")]
    [InlineData("can I reshare the company post about the layoffs and add that I think it is unfair", "criticism-of-employer")]
    [InlineData("can I share our company news post and say the CEO is clueless", "criticism-of-employer")]
    // Customers' logos are the customer list; a question about what would happen is no triage; a discount is sales.
    [InlineData("mag ik een screenshot van onze klantenlijst op linkedin zetten, alleen de logos", "confidential-information")]
    [InlineData("wat gebeurt er met mij als ik per ongeluk iets fout post", "consequences-of-a-mistake")]
    [InlineData("can I offer him a discount in a reply so he calms down?", "sales-and-press")]
    [InlineData("mag ik onder werktijd een tiktok filmen bij een klant thuis", "mentioning-others")]
    [InlineData("een collega zet racistische dingen in de groepsapp, kan ik dit anoniem melden", "online-harassment")]
    // Seventh user test: a private sponsorship went to Marketing, jokes about customers to customer questions, a
    // patient's file to "ask first".
    [InlineData("I'm a YouTuber on the side. A brand offered me a paid sponsorship deal. Do I need to tell my employer?", "transparency-and-disclosure")]
    [InlineData("so I made a TikTok joking about the weird questions customers ask at the counter, is that a problem?", "core-values-and-conduct")]
    // Fifth user test.
    [InlineData("there's a google review where the customer names one of my colleagues and says she was incompetent. can I leave a reply defending her?", "customer-question")]
    [InlineData("mag ik als or lid mijn mening geven over de fusie op twitter", "confidential-information")]
    // Eleventh session's user tests.
    [InlineData("An investor asked me on LinkedIn whether we'll hit our targets this quarter, how should I answer?", "confidential-information")]
    [InlineData("can I explain on linkedin why a candidate was rejected?", "mentioning-others")]
    [InlineData("ik werk in een verpleeghuis, mag ik een foto van een bewoner op facebook zetten?", "mentioning-others")]
    [InlineData("een familielid van een bewoner schrijft op facebook dat we zijn moeder verwaarlozen, ik wil reageren en uitleggen hoe het zit", "customer-question")]
    [InlineData("our website is down, lots of angry tweets, and a reporter is asking for a statement in our DMs", "sales-and-press")]
    [InlineData("een klant blijft me berichtjes sturen op mijn privé-instagram en vraagt of ik met hem wil afspreken, ik vind het eng", "online-harassment")]
    [InlineData("collega heeft een racistische opmerking over een klant gepost, wat moet ik doen", "online-harassment")]
    [InlineData("A customer posted a lovely photo of our product. Can I repost it on our company account?", "mentioning-others")]
    // User tests 33 and 34.
    [InlineData("can I get in trouble for supporting the strike?", "criticism-of-employer")]
    [InlineData("Een kennis vraagt via WhatsApp of een besluit klopt dat nog niet openbaar is. Mag ik dat bevestigen?", "confidential-information")]
    [InlineData("mag ik een foto van mijn leerlingen op mijn eigen instagram zetten?", "mentioning-others")]
    // Second Web Chat check.
    [InlineData("een klant dreigt op instagram dat hij me in elkaar komt slaan, moet ik reageren?", "online-harassment")]
    [InlineData("mag ik onze offerte op linkedin delen als voorbeeld?", "confidential-information")]
    // Twelfth session's user tests (36, 37).
    [InlineData("we hebben een winkeldief gefilmd met mn telefoon, mag ik die vid op tiktok zetten zodat iedereen weet wie het is?", "incident-at-work")]
    [InlineData("filmpje van agressieve passagier op tiktok zetten mag dat", "incident-at-work")]
    [InlineData("hoi, ik werk bij de kinderopvang en we hadden gisteren een sinterklaasfeest. mag ik foto van de kindjes op mijn insta zetten?", "mentioning-others")]
    [InlineData("wat gebeurt er met mij als ik weiger om elke bedrijfspost te liken?", "voluntary-participation")]
    // Asking before posting is the check, not the triage of a mistake (user test 37).
    [InlineData("we had a 4 hour outage last week and I'd like to write a blog post about what went wrong technically. allowed?", "may-i-share")]
    [InlineData("can I post a screenshot of a funny thread from our internal Slack on Twitter? no names visible", "may-i-share")]
    [InlineData("A candidate we rejected is now posting on LinkedIn that our hiring process is a joke and we ghosted him. Should I reply to him under his post?", "speaking-for-the-company")]
    [InlineData("an event we organised is going viral for the wrong reasons, guests are complaining on TikTok. should I reply to them from my own account?", "speaking-for-the-company")]
    public void AnExceptionHandsTheQuestionToTheTopicThatFits(string question, string topic) =>
        Assert.Equal(topic, Bundled.Recognize(question).Topic);

    /// <summary>
    /// A topic offered rather than answered is handed on the same way: "did you mean" offers the topic the exception
    /// names, never the one its words rule out. This question sits on the edge between answered and offered (it moved
    /// between the two with content changes of the eleventh session), so it asserts what holds either way.
    /// </summary>
    [Theory]
    [InlineData("magik foto van patientendossier op whatsapp sturen naar een collega", "mentioning-others", "confidential-information")]
    [InlineData("mag ik een foto van een patientendossier delen", "mentioning-others", "confidential-information")]
    // User tests 33 and 34, in other words than the testers': offered or answered, never the topic the words rule out.
    [InlineData("ik ben boos over de bezuinigingen van het kabinet op de zorg, mag ik daar iets over tweeten? ik werk hier wel", "criticism-of-employer", "personal-opinions")]
    [InlineData("Een afgewezen sollicitant vraagt me via LinkedIn waarom hij het niet is geworden. Mag ik antwoorden?", "customer-question", "mentioning-others")]
    [InlineData("mag ik foto's van de illegale lozing door ons bedrijf op facebook zetten?", "may-i-share", "criticism-of-employer")]
    // (Answered until the eleventh session's content retrained the classifier; now a tie, offered.)
    [InlineData("mag ik de vacature van ons bedrijf delen en erbij zetten dat het hier een chaos is", "company-news-and-successes", "criticism-of-employer")]
    // Fifth user test; answered before the twenty-fifth stop's content, offered since (criticism and consequences tie).
    [InlineData("mag ik posten dat iemand uit mn team ontslagen is vanwege slecht functioneren", "criticism-of-employer", "mentioning-others")]
    public void AnExceptionHandsOnASuggestionToo(string question, string ruledOut, string topic) =>
        AssertHandedOn(Bundled.Recognize(question), ruledOut, topic);

    /// <summary>
    /// <paramref name="topic"/> is the answer or one of the "did you mean" buttons; <paramref name="ruledOut"/> is neither,
    /// nor offered beside an answer. For questions on the edge between answered and offered.
    /// </summary>
    internal static void AssertHandedOn(RecognizerResult result, string ruledOut, string topic)
    {
        Assert.Contains(topic, result.Suggestions.Select(s => s.Topic).Prepend(result.Topic));
        Assert.DoesNotContain(ruledOut, result.Suggestions.Select(s => s.Topic).Concat(result.Alternatives.Select(a => a.Topic)).Prepend(result.Topic));
    }

    [Fact]
    public void ASuggestionIsHandedOnByItsTopicsException()
    {
        // Two topics equally close: the recognizer offers both, and the words of confidential's exception offer
        // customer questions in its place.
        var content = PolicyBot.Tests.Dialogs.TestContent.Build();
        content = content with
        {
            Topics = [.. content.Topics.Select(t => t.Id switch
            {
                "confidential-information" => t with { Exceptions = [new TopicException("customer-question", new LocalizedList(["kept"], ["kept"]))] },
                "audiences" => t with { Triggers = t.Triggers with { Nl = ["secret"], En = ["secret"] } },
                _ => t,
            })],
        };
        var result = new TopicRecognizer(content).Recognize("a secret kept");
        Assert.Null(result.Topic); // the precondition: offered, not answered
        Assert.Equal(new HashSet<string> { "customer-question", "audiences" }, result.Suggestions.Select(s => s.Topic).ToHashSet());
    }

    [Theory]
    // Without the words that make the exception, the topic stays.
    [InlineData("mag ik een post van onze bedrijfspagina delen", "company-news-and-successes")]
    [InlineData("I made a mistake and posted the wrong photo, what now?", "mistake-made")]
    // Review: exception words that caught these before they were narrowed.
    [InlineData("wat als ik per ongeluk een klantnaam heb gepost", "mistake-made")]
    [InlineData("a customer is making fun of our product under my post", "customer-question")]
    [InlineData("een klant vraagt onder onze post of er een korting is", "customer-question")]
    // Review of the eleventh session: exception words that caught their own topic's questions before they were narrowed.
    [InlineData("a customer posted a nasty comment about our service, should I reply?", "customer-question")]
    [InlineData("ik vind het eng om op een klacht van een klant te reageren", "customer-question")]
    [InlineData("een klant dreigt dat hij overstapt naar een concurrent als ik niet snel reageer op zijn klacht", "customer-question")]
    [InlineData("mag ik een foto delen die ik illegaal heb gedownload?", "may-i-share")]
    [InlineData("mag ik online klagen over de politiek op mijn afdeling?", "criticism-of-employer")]
    [InlineData("a prospect rejected our offer, can I post about it?", "sales-and-press")]
    // A legal threat in a complaint is still a customer's complaint; an own racist post by mistake is still one's own mistake.
    [InlineData("een klant dreigt in een tweet met een advocaat, moet ik reageren", "customer-question")]
    [InlineData("ik heb per ongeluk een racistische meme gerepost, hoe maak ik dat goed", "mistake-made")]
    [InlineData("can I criticize my boss online, his performance is terrible", "criticism-of-employer")]
    // Review of the twelfth session: words of two meanings in its exceptions and claims.
    [InlineData("I made a typo in my post about our event and now it is trending, what should I do?", "mistake-made")]
    [InlineData("ik heb een foutje gemaakt in mijn post en een collega reageerde onder mijn post", "mistake-made")]
    [InlineData("mag ik onder werktijd bij een klant even op linkedin kijken", "social-media-at-work")]
    public void WithoutItsWordsTheTopicStays(string question, string topic) =>
        Assert.Equal(topic, Bundled.Recognize(question).Topic);

    [Fact]
    public void AnExceptionLoadsWithItsTopicAndWords()
    {
        using var folder = ContentFolder.WithValidContent().Write("news.yaml", News("confidential-information"));

        var exception = Assert.Single(folder.Load().Content!.Topic("news")!.Exceptions);

        Assert.Equal("confidential-information", exception.Topic);
        Assert.Equal(["nog niet bekend"], exception.When.Nl);
        Assert.Equal(["not announced"], exception.When.En);
    }

    [Fact]
    public void AnExceptionNamingItsOwnTopicIsAnError()
    {
        using var folder = ContentFolder.WithValidContent().Write("news.yaml", News("news"));

        Assert.Contains(folder.Errors(), e => e.StartsWith("news.yaml:8:5: an exception of topic 'news' names the topic itself", StringComparison.Ordinal));
    }

    [Fact]
    public void AnExceptionToAnUnknownTopicIsReportedWithItsPosition()
    {
        using var folder = ContentFolder.WithValidContent().Write("news.yaml", News("confidential-info"));

        Assert.Contains(folder.Errors(), e => e.StartsWith("news.yaml:9:16: unknown topic 'confidential-info'", StringComparison.Ordinal));
    }

    private static string News(string exceptionTopic) => $$"""
        topics:
          - id: news
            title: { nl: Nieuws, en: News }
            answer: { nl: Graag., en: Please do. }
            triggers:
              nl: [nieuws delen, een succes posten, mag ik ons nieuws delen]
              en: [share news, post a success, may i share our news]
            exceptions:
              - topic: {{exceptionTopic}}
                when:
                  nl: [nog niet bekend]
                  en: [not announced]
        """;
}
