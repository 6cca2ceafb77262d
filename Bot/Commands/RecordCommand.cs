namespace PolicyBot.Bot.Commands;

public static class RecordCommand
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(2);
}
