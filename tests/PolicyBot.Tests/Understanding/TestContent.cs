using PolicyBot.Dialogs.Content;

namespace PolicyBot.Tests.Understanding;

/// <summary>A small policy built in C#: enough topics for the recognizer's generic-word and context statistics to mean something.</summary>
internal static class TestContent
{
    public static PolicyContent Create() => new()
    {
        Topics =
        [
            Topic("customer-photos", "Foto's van klanten", "Customer photos",
                ["mag ik een foto van een klant op linkedin delen", "klantfoto op social media posten", "foto van een klant op instagram zetten"],
                ["can I share a photo of a customer on linkedin", "posting customer pictures on social media", "a customer photo on instagram"]),
            Topic("confidential-information", "Vertrouwelijke informatie", "Confidential information",
                ["mag ik omzetcijfers op linkedin delen", "bedrijfsgeheimen op social media", "vertrouwelijke informatie online posten"],
                ["can I share our revenue figures on linkedin", "trade secrets on social media", "posting confidential information online"]),
            Topic("company-logo", "Ons logo gebruiken", "Using our logo",
                ["mag ik het logo in mijn linkedin banner gebruiken", "logo op mijn social media profiel", "huisstijl in een post gebruiken"],
                ["can I use the logo in my linkedin banner", "logo on my social media profile", "using the brand style in a post"]),
            Topic("may-i-share", "Mag ik dit delen?", "May I share this?",
                ["mag ik dit delen", "mag ik dit op social media posten", "kan dit bericht online"],
                ["may I share this", "can I post this on social media", "is this post ok to put online"]),
            Topic("criticism", "Kritiek op je werkgever", "Criticising your employer",
                ["mag ik op linkedin klagen over mijn werkgever", "kritiek op het bedrijf posten op social media", "negatieve post over mijn baas"],
                ["can I complain about my employer on linkedin", "posting criticism of the company on social media", "a negative post about my boss"]),
        ],
        // As the bundled content has: examples of what is not the policy's, so "share" in an IT question is no topic.
        OutOfScope =
        [
            new LocalizedList(
                ["hoe deel ik een document in teams", "een map delen in sharepoint", "mijn laptop start niet op", "hoe vraag ik verlof aan", "de printer doet het niet"],
                ["how do I share a document in teams", "sharing a folder in sharepoint", "my laptop won't start", "how do I request leave", "the printer is not working"]),
        ],
        Owners = [],
        Checks = [],
        Messages = new Dictionary<string, LocalizedText>(),
        Synonyms = new LocalizedSynonyms(
            [["foto", "afbeelding", "kiekje"], ["klant", "opdrachtgever"], ["social media", "linkedin", "instagram", "facebook"], ["delen", "posten", "online zetten"]],
            [["photo", "picture", "pic"], ["customer", "client"], ["social media", "linkedin", "instagram", "facebook"], ["share", "post", "publish"]]),
    };

    private static Topic Topic(string id, string titleNl, string titleEn, string[] nl, string[] en) => new()
    {
        Id = id,
        Title = new LocalizedText(titleNl, titleEn),
        Answer = new LocalizedText($"Over {titleNl.ToLowerInvariant()}: denk eerst even na.", $"About {titleEn.ToLowerInvariant()}: think first."),
        Triggers = new LocalizedList(nl, en),
    };
}
