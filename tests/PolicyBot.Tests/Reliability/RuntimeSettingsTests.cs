using System.Text.Json;

namespace PolicyBot.Tests.Reliability;

/// <summary>The runtime settings the bot ships in <c>PolicyBot.Bot.runtimeconfig.json</c> (docs/performance-history.md).</summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void TheYoungestGenerationsBudgetIsCappedByASettingTheRuntimeReads()
    {
        var properties = ConfigProperties();

        // System.GC.Gen0MaxBudget is the runtimeconfig name of GCGen0MaxBudget; System.GC.Gen0Size is read by no runtime.
        Assert.True(properties.TryGetProperty("System.GC.Gen0MaxBudget", out var budget), properties.ToString());
        Assert.InRange(budget.GetInt64(), 4L << 20, 64L << 20);
        Assert.False(properties.TryGetProperty("System.GC.Gen0Size", out _));
        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
    }

    private static JsonElement ConfigProperties()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PolicyBot.Bot.runtimeconfig.json")));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
