using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>Small readable checks on replies for dialog tests.</summary>
public static class ReplyAssertions
{
    /// <summary>The reply's buttons, in order: a string names a choice of the question asked, anything else is the button's action.</summary>
    public static void HasChoices(this MessageReply reply, params object[] expected) =>
        Assert.Equal(expected.Select(Action), reply.Choices.Select(c => c.Action));

    public static void OffersChoice(this MessageReply reply, object expected) =>
        Assert.Contains(reply.Choices, c => c.Action == Action(expected));

    public static T Card<T>(this MessageReply reply) where T : CardModel =>
        Assert.IsType<T>(reply.Card);

    private static ButtonAction Action(object expected) => expected switch
    {
        string choice => new ChoiceAnswer(choice),
        ButtonAction action => action,
        _ => throw new ArgumentException($"Not a choice id or a button action: {expected}", nameof(expected)),
    };
}
