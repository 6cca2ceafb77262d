using PolicyBot.Dialogs.Content;

namespace PolicyBot.Tests.Content;

/// <summary>Small valid content: every required message, one owner, two topics and a two-step check.</summary>
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
}
