using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyBot.Bot.Commands.Recording;

/// <summary>
/// A conversation written by comms staff (<c>tests/conversations/*.yaml</c>): what the user says or presses, and what
/// the bot should answer. The test command checks it against the bot; <c>record</c> plays it into a transcript.
/// </summary>
public sealed class ConversationScript
{
    public string Name { get; set; } = "";

    /// <summary>The channel's locale for the user, e.g. <c>nl-NL</c> or <c>en-US</c>.</summary>
    public string Locale { get; set; } = "en-US";

    public List<ScriptTurn> Steps { get; set; } = [];

    public static ConversationScript Load(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
        var script = deserializer.Deserialize<ConversationScript>(File.ReadAllText(path)) ?? new ConversationScript();
        if (script.Steps.Count == 0) throw new InvalidDataException($"{path}: a conversation needs 'steps'.");
        foreach (var (step, index) in script.Steps.Select((s, i) => (s, i + 1)))
        {
            if ((step.User is null) == (step.Press is null))
                throw new InvalidDataException($"{path}: step {index} needs exactly one of 'user' (what the user types) or 'press' (a button's text).");
        }
        return script;
    }
}

/// <summary>One user turn: typed text or a pressed button (by its text), and what the bot should answer.</summary>
public sealed class ScriptTurn
{
    public string? User { get; set; }

    public string? Press { get; set; }

    public List<ReplyExpectation> Bot { get; set; } = [];

    public string Describe() => User is not null ? $"user: {User}" : $"press: [{Press}]";
}

/// <summary>
/// What the bot should do in a turn. <see cref="Text"/>, <see cref="Buttons"/> and <see cref="Card"/> describe one
/// message (in order); <see cref="Topic"/>, <see cref="Handoff"/> and <see cref="Unmatched"/> the turn as a whole.
/// </summary>
public sealed class ReplyExpectation
{
    /// <summary>The message contains this text (case and spacing do not matter).</summary>
    public string? Text { get; set; }

    /// <summary>The message has buttons with these texts (others may be there too).</summary>
    public List<string>? Buttons { get; set; }

    /// <summary>The message is this kind of card: <c>answer</c>, <c>verdict</c> or <c>handoff</c>.</summary>
    public string? Card { get; set; }

    /// <summary>The bot answered with this topic id (its answer, or the check it starts).</summary>
    public string? Topic { get; set; }

    /// <summary>The bot handed off to this owner id.</summary>
    public string? Handoff { get; set; }

    /// <summary>Nothing in the policy matched the question.</summary>
    public bool? Unmatched { get; set; }
}
