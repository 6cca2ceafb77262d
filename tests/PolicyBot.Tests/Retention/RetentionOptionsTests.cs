using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Retention;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Retention;

public sealed class RetentionOptionsTests
{
    [Fact]
    public async Task DefaultsKeepStateAMonthTicketsAQuarterAndSweepHourly()
    {
        await using var host = await BotHost.StartAsync(new TestBot());

        var options = host.Services.GetRequiredService<IOptions<RetentionOptions>>().Value;

        Assert.Equal(TimeSpan.FromDays(30), options.ConversationState);
        Assert.Equal(TimeSpan.FromDays(30), options.ConversationReferences);
        Assert.Equal(TimeSpan.FromDays(90), options.ClosedTickets);
        Assert.Equal(TimeSpan.FromDays(180), options.OpenTickets);
        Assert.Equal(TimeSpan.FromDays(90), options.UsageQuestions);
        Assert.Equal(TimeSpan.FromHours(1), options.SweepInterval);
        Assert.True(options.Enabled);
    }

    [Theory]
    [InlineData("Retention:ConversationState=00:10:00")]
    [InlineData("Retention:ClosedTickets=-1.00:00:00")]
    [InlineData("Retention:ConversationReferences=2.00:00:00")]
    [InlineData("Retention:SweepInterval=00:00:01")]
    [InlineData("Retention:BatchSize=0")]
    public async Task ARetentionSettingThatMakesNoSenseStopsTheStart(string setting)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(new TestBot(), null, setting));

        Assert.Contains("Retention:", string.Join(" ", failure.Failures), StringComparison.Ordinal);
    }
}
