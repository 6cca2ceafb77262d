using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Dialogs;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.State;

namespace PolicyBot.Tests.Reliability;

/// <summary>
/// The rows of the release before (<see cref="SchemaVersion1Rows"/>) in a PostgreSQL store, which keeps the same JSON as
/// SQLite: the conversation goes on at the right next step and is saved in the current schema version.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoredStateMigrationTests(PostgresServer server)
{
    [PostgresFact]
    public async Task ACheckSavedMidWayGoesOnFromItsCurrentQuestion()
    {
        await using var scenario = await StoredStateMigrationTests.StartAsync(SchemaVersion1Rows.MidCheck, await SettingsAsync());
        var check = BundledContentProvider.Bundled.Check("may-i-share")!;
        var next = check.Step("public")!.Choices[1].Next!;

        var replies = await StoredStateMigrationTests.Chat(scenario, "en-US").SayAsync("2");

        Assert.Contains(check.Step(next)!.Question.En.Trim(), replies.Messages().Last().AllText(), StringComparison.Ordinal);
        Assert.Equal(ConversationData.CurrentSchemaVersion, (int)(await StoredStateMigrationTests.StoredAsync(scenario))["schemaVersion"]!);
    }

    [PostgresFact]
    public async Task AQuizSavedMidWayAsksItsNextQuestion()
    {
        await using var scenario = await StoredStateMigrationTests.StartAsync(SchemaVersion1Rows.MidQuiz, await SettingsAsync());

        var replies = await StoredStateMigrationTests.Chat(scenario, "en-US")
            .SayAsync(StoredStateMigrationTests.Correct(BundledContentProvider.Bundled.Quiz!, "competitor-launch"));

        Assert.Contains("Question 3 of 5", replies.Messages().Last().AllText(), StringComparison.Ordinal);
    }

    private async Task<string[]> SettingsAsync() => ["Storage:Provider=postgres", $"Storage:PostgresConnectionString={await server.NewSchemaAsync()}"];
}
