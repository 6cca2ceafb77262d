using PolicyBot.Dialogs.Content;

namespace PolicyBot.Tests.Content;

/// <summary>
/// Small valid content: every required message, one owner, two topics and a two-step check; plus a what-if check
/// that ends in outcomes and a quiz, for tests that add them.
/// </summary>
internal static class SampleContent
{
    public static readonly string Messages =
        "messages:\n" + string.Concat(MessageIds.All.Select(id => $"  {id}: {{ nl: {id} nl, en: {id} en }}\n"));

    public const string Owners = """
        owners:
          - id: marketing
            name: { nl: Team Marketing, en: Marketing team }
            handles: { nl: Merk en campagnes, en: Brand and campaigns }
            email: marketing@example.com
            teams-upn: marketing@example.com
            hours: { nl: ma-vr 9:00-17:00, en: Mon-Fri 9:00-17:00 }
        """;

    public const string Topics = """
        topics:
          - id: confidential-information
            title: { nl: Vertrouwelijke informatie, en: Confidential information }
            answer:
              nl: |
                Deel geen **omzetcijfers**.
              en: |
                Do not share **revenue figures**.
            principle: { nl: Wat intern is blijft intern, en: What is internal stays internal }
            owner: marketing
            related: [may-i-share-this]
            triggers:
              nl: [omzet delen, cijfers delen, mag ik omzet posten, vertrouwelijk, geheime info]
              en: [share revenue, share figures, may i post revenue, confidential, secret info]
          - id: may-i-share-this
            title: { nl: Mag ik dit delen?, en: May I share this? }
            answer: { nl: Doe de check., en: Take the check. }
            starts-check: may-i-share
            triggers:
              nl: [mag ik dit delen, mag dit online, kan ik dit posten, delen, posten]
              en: [may i share this, can this go online, can i post this, share, post]
        synonyms:
          nl:
            - [foto, afbeelding]
          en:
            - [photo, picture]
        """;

    public const string Checks = """
        checks:
          - id: may-i-share
            title: { nl: Mag ik dit delen?, en: May I share this? }
            start: what
            steps:
              - id: what
                question: { nl: Wat wil je delen?, en: What do you want to share? }
                choices:
                  - id: news
                    label: { nl: Nieuws, en: News }
                    synonyms: { nl: [bericht], en: [story] }
                    next: audience
                  - id: figures
                    label: { nl: Cijfers, en: Figures }
                    finding:
                      verdict: dont-share
                      reason: { nl: Vertrouwelijk, en: Confidential }
                      topic: confidential-information
              - id: audience
                question: { nl: Voor wie?, en: For whom? }
                choices:
                  - id: public
                    label: { nl: Iedereen, en: Everyone }
                    finding: { verdict: ask-owner, reason: { nl: Vraag het, en: Ask first }, owner: marketing }
            tips:
              - text: { nl: Wees open, en: Be open }
                topic: confidential-information

        """ + Verdicts;

    /// <summary>The verdicts block of a check, to end a check written in a test.</summary>
    public const string Verdicts = "\n" + """
            verdicts:
              go-ahead: { title: { nl: Ga je gang, en: Go ahead }, summary: { nl: Prima, en: Fine } }
              go-ahead-with-care: { title: { nl: Met zorg, en: With care }, summary: { nl: Let op, en: Take care } }
              dont-share: { title: { nl: Niet delen, en: Do not share }, summary: { nl: Nee, en: No } }
              ask-owner: { title: { nl: Vraag het, en: Ask the owner }, summary: { nl: Vraag, en: Ask } }

        """;

    /// <summary>A what-if check that ends only in outcomes, so it needs no verdicts.</summary>
    public const string WhatIf = """
        checks:
          - id: what-if-journalist
            title: { nl: Een journalist belt, en: A journalist calls }
            intro: { nl: We lopen het door., en: Let us walk through it. }
            start: channel
            steps:
              - id: channel
                question: { nl: Hoe benadert hij je?, en: How does he contact you? }
                choices:
                  - id: direct-message
                    label: { nl: Privébericht, en: Direct message }
                    outcome: forward-to-marketing
                  - id: phone
                    label: { nl: Telefoon, en: Phone }
                    next: topic
              - id: topic
                question: { nl: Waarover?, en: About what? }
                choices:
                  - id: figures
                    label: { nl: Cijfers, en: Figures }
                    outcome: forward-to-marketing
                  - id: hobby
                    label: { nl: Mijn hobby, en: My hobby }
                    outcome: speak-freely
            outcomes:
              - id: forward-to-marketing
                title: { nl: Stuur door, en: Forward it }
                text: { nl: Stuur hem naar marketing., en: Send him to marketing. }
                owner: marketing
                topics: [confidential-information]
              - id: speak-freely
                title: { nl: Praat gerust, en: Feel free }
                text: { nl: Dat mag., en: That is fine. }

        """;

    /// <summary>A valid quiz with the given number of questions (each with a wrong and a right answer).</summary>
    public static string Quiz(int questions, string length = "") =>
        "quiz:\n" +
        "  title: { nl: Test je kennis, en: Test your knowledge }\n" +
        length +
        "  triggers: { nl: [quiz, test mijn kennis], en: [quiz, test my knowledge] }\n" +
        "  questions:\n" +
        string.Concat(Enumerable.Range(1, questions).Select(QuizQuestion));

    private static string QuizQuestion(int number) => $$"""
            - id: question-{{number}}
              topic: confidential-information
              situation: { nl: Situatie {{number}}, en: Situation {{number}} }
              answers:
                - id: share
                  label: { nl: Gewoon delen, en: Just share it }
                  feedback: { nl: Nee, en: No }
                - id: wait
                  label: { nl: Wachten, en: Wait }
                  correct: true
                  feedback: { nl: Ja, en: Yes }

        """;
}
