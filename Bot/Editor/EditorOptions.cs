namespace PolicyBot.Bot.Editor;

/// <summary>
/// Section <c>Editor</c>: who may use the content editor at <c>/editor</c>. In Development it is open without sign-in;
/// elsewhere it exists only with <c>Editor:SignIn</c> (an Entra ID app registration) and lets in only members of one of
/// <see cref="AllowedGroups"/> or holders of one of <see cref="AllowedRoles"/>.
/// </summary>
public sealed record EditorOptions
{
    public const string Section = "Editor";

    /// <summary>Entra ID group object ids whose members may edit (the token's <c>groups</c> claim).</summary>
    public IReadOnlyList<string> AllowedGroups { get; init; } = [];

    /// <summary>App roles of the bot's app registration whose holders may edit (the token's <c>roles</c> claim).</summary>
    public IReadOnlyList<string> AllowedRoles { get; init; } = [];

    /// <summary>How many past ISO weeks of usage the editor shows beside a topic.</summary>
    public int InsightsWeeks { get; init; } = 4;
}
