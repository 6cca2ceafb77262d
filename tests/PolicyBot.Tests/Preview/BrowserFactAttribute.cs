namespace PolicyBot.Tests.Preview;

/// <summary>
/// A test that needs node, Debian's chromium and <c>npm ci</c> in <c>preview/</c>; skipped with the reason when one
/// is missing (<c>.ci/run</c> installs them).
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <param name="packages">npm packages the test needs in <c>preview/node_modules</c> besides playwright-core.</param>
    public BrowserFactAttribute(params string[] packages)
    {
        if (Missing(packages) is { } missing) Skip = $"Browser test skipped: {missing}. Install with: apt-get install -y chromium nodejs npm && (cd preview && npm ci)";
    }

    public static string PreviewFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PolicyBot.sln"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? ".", "preview");
    }

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private static string? Missing(string[] packages)
    {
        if (FindOnPath("node") is null) return "node is not installed";
        if (!File.Exists(ChromiumPath)) return $"no chromium at {ChromiumPath}";
        foreach (var package in packages.Prepend("playwright-core"))
        {
            if (!Directory.Exists(Path.Combine(PreviewFolder(), "node_modules", package))) return $"{package} is not installed in preview/ (npm ci)";
        }
        return null;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
