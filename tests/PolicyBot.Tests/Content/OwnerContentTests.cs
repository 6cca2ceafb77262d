using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;

namespace PolicyBot.Tests.Content;

/// <summary>An owner's optional fields: how a sentence names them, and the words that ask for them.</summary>
public sealed class OwnerContentTests
{
    private const string Privacy = """
        owners:
          - id: privacy
            name: { nl: Privacycontactpersoon, en: Privacy contact }
            in-a-sentence: { nl: de privacycontactpersoon, en: the privacy contact }
            handles: { nl: Datalekken, en: Data breaches }
            email: privacy@example.com
            hours: { nl: ma-vr, en: Mon-Fri }
            requests:
              nl: [privacycontactpersoon mailen]
              en: [email the privacy contact]
        contact-requests:
          nl: [met een mens praten]
          en: [talk to a human]
        """;

    [Fact]
    public void AnOwnerNamedInASentenceKeepsItsNameForButtonsAndHeadings()
    {
        using var folder = ContentFolder.WithValidContent().Write("privacy.yaml", Privacy);

        var owner = folder.Load().Content!.Owner("privacy")!;

        Assert.Equal("de privacycontactpersoon", owner.InSentence(Language.Nl));
        Assert.Equal("the privacy contact", owner.InSentence(Language.En));
        Assert.Equal("Privacycontactpersoon", owner.Name[Language.Nl]);
    }

    [Fact]
    public void WithoutInASentenceASentenceUsesTheName()
    {
        using var folder = ContentFolder.WithValidContent();

        var owner = folder.Load().Content!.Owner("marketing")!;

        Assert.Null(owner.InASentence);
        Assert.Equal("Team Marketing", owner.InSentence(Language.Nl));
    }

    [Fact]
    public void RequestsAndContactRequestsLoadPerLanguage()
    {
        using var folder = ContentFolder.WithValidContent().Write("privacy.yaml", Privacy);

        var content = folder.Load().Content!;

        Assert.Equal(["privacycontactpersoon mailen"], content.Owner("privacy")!.Requests.Nl);
        Assert.Equal(["email the privacy contact"], content.Owner("privacy")!.Requests.En);
        Assert.Equal(["met een mens praten"], content.ContactRequests.Nl);
        Assert.Equal(["talk to a human"], content.ContactRequests.En);
    }

    [Fact]
    public void ContactRequestsInTwoFilesIsAnErrorNamingTheFirst()
    {
        using var folder = ContentFolder.WithValidContent()
            .Write("a.yaml", "contact-requests:\n  nl: [iemand bellen]\n")
            .Write("b.yaml", "contact-requests:\n  en: [call someone]\n");

        Assert.Contains(folder.Errors(), e => e.StartsWith("b.yaml:1:1: a second 'contact-requests'", StringComparison.Ordinal) && e.Contains("a.yaml:1:1", StringComparison.Ordinal));
    }
}
