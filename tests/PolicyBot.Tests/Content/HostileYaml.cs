using System.Text;

namespace PolicyBot.Tests.Content;

/// <summary>Content files written to hurt the loader, each with the error the loader gives it.</summary>
internal static class HostileYaml
{
    /// <summary>100,000 flow lists inside each other (200 KB): before the depth cap, the recursive reader overflowed the stack.</summary>
    public static readonly string DeepNesting = "topics: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

    public const string DeepNestingError = "hostile.yaml:1:72: lists and keys are nested more than 64 levels deep here; content needs about 10";

    /// <summary>
    /// An alias bomb the loader reads: one out-of-scope group of 2,000 phrases named 1,000 times is 2 million phrases
    /// from 30 KB of YAML.
    /// </summary>
    public static readonly string AliasBomb = new StringBuilder()
        .Append("out-of-scope:\n  - &laughs\n    nl: [").AppendJoin(", ", Enumerable.Range(0, 1_000).Select(i => $"lol{i}")).Append("]\n")
        .Append("    en: [").AppendJoin(", ", Enumerable.Range(0, 1_000).Select(i => $"lol{i}")).Append("]\n")
        .Append(string.Concat(Enumerable.Repeat("  - *laughs\n", 1_000)))
        .ToString();

    public const string AliasBombError = "hostile.yaml:2:5: the anchor '&laughs' is not supported; write the text out in full";

    /// <summary>A topic with 100,000 trigger phrases in one list (about 800 KB; a million would not fit in one file).</summary>
    public static readonly string ManyPhrases = Topic("many", nl: 100_000, en: 5);

    public const string ManyPhrasesError = "hostile.yaml:6:11: this list has more than 1000 items, the most a list may have";

    /// <summary>25 topics of 900 phrases each: every list within its cap, 22,627 phrases together with the sample check's synonyms.</summary>
    /// <summary>One of five files of 25 topics with 1,000 phrases each: every list within its limit, 125,000 phrases in all.</summary>
    public static string ManyPhrasesInAll(int file) =>
        "topics:\n" + string.Concat(Enumerable.Range(0, 25).Select(i => Topic($"many-{file}-{i}", nl: 995, en: 5)["topics:\n".Length..]));

    /// <summary>The fourth file takes the content (with the valid test content's own phrases) past 100,000.</summary>
    public const string ManyPhrasesInAllError =
        @"^hostile-3\.yaml:1:1: with this file the content has 1\d{5} phrases \(trigger phrases, synonyms, out-of-scope and small-talk phrases\); the bot takes at most 100000$";

    public const string FiftyMegabytesError = "hostile.yaml:1:1: the file is 50 MB; a content file may be at most 1 MB: split it into smaller files";

    /// <summary>A 50 MB file of comment lines: valid YAML that only costs time and memory to read.</summary>
    public static void WriteFiftyMegabytes(string path)
    {
        var line = Encoding.ASCII.GetBytes("# " + new string('x', 1021) + "\n");
        using var file = File.Create(path);
        for (var i = 0; i < 50 * 1024; i++) file.Write(line);
    }

    private static string Topic(string id, int nl, int en) => $"""
        topics:
          - id: {id}
            title: {"{"} nl: Veel, en: Many {"}"}
            answer: {"{"} nl: Veel, en: Many {"}"}
            triggers:
              nl: [{string.Join(", ", Enumerable.Range(0, nl).Select(i => $"v{i}"))}]
              en: [{string.Join(", ", Enumerable.Range(0, en).Select(i => $"q{i}"))}]

        """;
}
