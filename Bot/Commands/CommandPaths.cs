namespace PolicyBot.Bot.Commands;

/// <summary>
/// Paths given to a command. <c>dotnet run --project Bot</c> runs in the Bot folder, so relative paths are taken
/// from the repository root there (where people type the command), and from the working directory otherwise.
/// </summary>
public static class CommandPaths
{
    public static string Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var cwd = Directory.GetCurrentDirectory();
        var root = File.Exists(Path.Combine(cwd, "Bot.csproj")) ? Path.GetDirectoryName(cwd)! : cwd;
        return Path.GetFullPath(path, root);
    }
}
