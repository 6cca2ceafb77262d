namespace PolicyBot.Tests.Content;

public sealed class OutOfScopeContentTests
{
    [Fact]
    public void OutOfScopeGroupsLoadPerLanguage()
    {
        using var folder = ContentFolder.WithValidContent().Write("out-of-scope.yaml", """
            out-of-scope:
              - nl: ["hoe reset ik mijn wachtwoord"]
                en: ["how do I reset my password", "my laptop won't start"]
              - nl: ["hoeveel vakantiedagen heb ik"]
                en: ["how many holidays do I have"]
            """);

        var content = folder.Load().Content!;

        Assert.Equal(2, content.OutOfScope.Count);
        Assert.Equal(["how do I reset my password", "my laptop won't start"], content.OutOfScope[0].En);
        Assert.Equal(["hoeveel vakantiedagen heb ik"], content.OutOfScope[1].Nl);
    }

    [Fact]
    public void OutOfScopeWithAnUnknownKeyReportsItsPosition()
    {
        using var folder = ContentFolder.WithValidContent().Write("out-of-scope.yaml", """
            out-of-scope:
              - nl: ["hoe reset ik mijn wachtwoord"]
                de: ["wie setze ich mein Passwort zurück"]
            """);

        Assert.Contains(folder.Errors(), e => e.StartsWith("out-of-scope.yaml:3:5: unknown key 'de'", StringComparison.Ordinal));
    }
}
