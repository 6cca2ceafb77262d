using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>Small readable checks on replies for dialog tests.</summary>
public static class ReplyAssertions
{
    public static void HasChoices(this MessageReply reply, params string[] values) =>
        Assert.Equal(values, reply.Choices.Select(c => c.Value));

    public static void OffersChoice(this MessageReply reply, string value) =>
        Assert.Contains(reply.Choices, c => c.Value == value);

    public static T Card<T>(this MessageReply reply) where T : CardModel =>
        Assert.IsType<T>(reply.Card);
}
