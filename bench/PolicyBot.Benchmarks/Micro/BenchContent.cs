using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;

namespace PolicyBot.Benchmarks.Micro;

/// <summary>The bundled content (copied beside this program by the Bot project) and a generated large variant.</summary>
public static class BenchContent
{
    public static string BundledFolder => Path.Combine(AppContext.BaseDirectory, "Content");

    public static PolicyContent Load(string folder)
    {
        var result = ContentLoader.Load(folder);
        return result.Succeeded ? result.Content! : throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    }

    /// <summary>
    /// The bundled content plus <paramref name="extraTopics"/> generated topics (a temp folder, made once per size):
    /// titles, answers and six Dutch and six English trigger phrases each, from a vocabulary that grows with the topics.
    /// Made per process, so it always matches the bundled content of this build.
    /// </summary>
    public static string WithGeneratedTopics(int extraTopics)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"policybot-bench-content-{extraTopics}-{Environment.ProcessId}");
        if (Directory.Exists(folder)) return folder;
        var staging = folder + "-" + Guid.NewGuid().ToString("N");
        foreach (var file in Directory.EnumerateFiles(BundledFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(staging, Path.GetRelativePath(BundledFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        for (var batch = 0; batch * 100 < extraTopics; batch++)
        {
            var yaml = new System.Text.StringBuilder("topics:\n");
            for (var i = batch * 100; i < Math.Min(extraTopics, (batch + 1) * 100); i++) GeneratedTopic(yaml, i);
            File.WriteAllText(Path.Combine(staging, "topics", $"generated-{batch:D3}.yaml"), yaml.ToString());
        }
        try
        {
            Directory.Move(staging, folder);
        }
        catch (IOException)
        {
            Directory.Delete(staging, recursive: true); // another run made it first
        }
        return folder;
    }

    /// <summary>A made-up word, stable per number: the vocabulary grows with the content like real policy terms do.</summary>
    public static string Word(int n)
    {
        string[] syllables = ["ka", "lo", "mi", "ter", "van", "sto", "ru", "pel", "dor", "fin", "gra", "bek", "sun", "tal", "vor", "nix"];
        var word = "";
        for (var x = n + 17; x > 0; x /= syllables.Length) word += syllables[x % syllables.Length];
        return word;
    }

    public static string DutchQuestion(int topic, int phrase) =>
        $"mag ik iets over {Word(topic * 3)} {Word(topic * 3 + phrase % 3)} delen op {Word(topic * 3 + 2)}";

    public static string EnglishQuestion(int topic, int phrase) =>
        $"can I post about the {Word(topic * 3 + 1)} {Word(topic * 3 + phrase % 3)} with {Word(topic * 3)}";

    private static void GeneratedTopic(System.Text.StringBuilder yaml, int i)
    {
        yaml.Append($"  - id: generated-{i}\n");
        yaml.Append($"    title: {{ nl: \"Onderwerp {Word(i * 3)}\", en: \"Topic {Word(i * 3)}\" }}\n");
        yaml.Append($"    answer:\n      nl: \"Over {Word(i * 3)} en {Word(i * 3 + 1)}: vraag het eerst.\"\n");
        yaml.Append($"      en: \"About {Word(i * 3)} and {Word(i * 3 + 1)}: ask first.\"\n");
        yaml.Append("    triggers:\n      nl:\n");
        for (var p = 0; p < 6; p++) yaml.Append($"        - \"{DutchQuestion(i, p)}\"\n");
        yaml.Append("      en:\n");
        for (var p = 0; p < 6; p++) yaml.Append($"        - \"{EnglishQuestion(i, p)}\"\n");
    }
}
