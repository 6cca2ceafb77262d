using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;

namespace PolicyBot.Tests.Content;

public sealed class LocalizedTextTests
{
    [Theory]
    // User test: "Ik lees dit als een vervolg op **Wat gebeurt er met mij?**." had a question mark and a full stop.
    [InlineData("Een vervolg op **{topic}**.", "Wat gebeurt er met mij?", "Een vervolg op **Wat gebeurt er met mij?**")]
    [InlineData("About {topic}.", "What if…", "About What if…")]
    [InlineData("Quoted *{topic}*. Next.", "Really!", "Quoted *Really!* Next.")]
    [InlineData("Een vervolg op **{topic}**.", "Anderen noemen", "Een vervolg op **Anderen noemen**.")]
    [InlineData("{topic}: more", "Why?", "Why?: more")]
    public void AValueThatEndsASentenceTakesThePlaceOfTheFullStop(string template, string value, string expected) =>
        Assert.Equal(expected, new LocalizedText(template, template).Format(Language.Nl, ("topic", value)));
}
