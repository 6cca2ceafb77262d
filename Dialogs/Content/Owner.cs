namespace PolicyBot.Dialogs.Content;

/// <summary>Someone the bot hands off to when a question goes beyond the policy.</summary>
public sealed record Owner
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>The name as it reads inside a sentence, with its article ("de privacycontactpersoon"); null when it is the name.</summary>
    public LocalizedText? InASentence { get; init; }

    /// <summary>What a sentence calls this owner ("Wat wil je aan … vragen?"); buttons and headings use <see cref="Name"/>.</summary>
    public string InSentence(Language language) => (InASentence ?? Name)[language];

    /// <summary>Why this owner: what they handle.</summary>
    public required LocalizedText Handles { get; init; }

    public required string Email { get; init; }

    /// <summary>Teams user (UPN) for a deep-linked chat.</summary>
    public string? TeamsUpn { get; init; }

    /// <summary>Teams channel conversation id where tickets are posted (configured by an operator).</summary>
    public string? TeamsChannel { get; init; }

    public required LocalizedText Hours { get; init; }

    /// <summary>Words that ask for this owner in particular ("marketing mailen", "call customer service"): a short message with one of them starts the hand-off to them.</summary>
    public LocalizedList Requests { get; init; } = LocalizedList.Empty;

    /// <summary>Offered when the bot asks who to contact ("talk to someone"); false for owners only a flow hands off to.</summary>
    public bool ContactChoice { get; init; } = true;
}
