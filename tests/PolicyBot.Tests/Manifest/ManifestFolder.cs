namespace PolicyBot.Tests.Manifest;

/// <summary>The repository's <c>manifest/</c> folder, or a throw-away copy of it that a test may break.</summary>
public sealed class ManifestFolder : IDisposable
{
    public const string AppId = "6f1d2c3b-0000-4a5b-8c9d-0123456789ab";
    public const string Domain = "policybot.contoso.example";

    private ManifestFolder(string path) => Path = path;

    public string Path { get; }

    public string Output => System.IO.Path.Combine(Path, "out", "policybot-teams.zip");

    public string Schemas => System.IO.Path.Combine(Path, "schema");

    public static string Bundled()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "PolicyBot.sln"))) dir = dir.Parent;
        return System.IO.Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("repository root"), "manifest");
    }

    public static ManifestFolder Copy()
    {
        var target = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "policybot-manifest-" + Guid.NewGuid().ToString("N"));
        var source = Bundled();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return new ManifestFolder(target);
    }

    public void Edit(string file, Func<string, string> change)
    {
        var path = System.IO.Path.Combine(Path, file);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
