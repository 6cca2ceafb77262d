using System.Text.RegularExpressions;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Layout;

/// <summary>
/// The projects' namespaces depend on each other in one direction only (README, "Layout"): a cycle is how a host ends up
/// both the top and the bottom of itself. Read from the sources, as a reviewer reads them: a namespace depends on
/// another when one of its files has a <c>using</c> of it, names a type through it (<c>PolicyBot.Dialogs.Engine.X</c>,
/// or <c>Engine.X</c> from within <c>PolicyBot.Dialogs</c>), or uses a type of an enclosing namespace, which needs no using.
/// </summary>
public partial class NamespaceCycleTests
{
    [Fact]
    public void NoNamespaceDependsOnItselfThroughAnother()
    {
        var root = Path.GetFullPath(Path.Combine(BundledContentTests.BundledContentFolder(), "..", ".."));
        var files = new[] { "Bot", "Dialogs", "Cards" }
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(root, p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));

        var graph = Dependencies(files);

        Assert.True(graph.Count > 20, $"only {graph.Count} namespaces read");
        Assert.Empty(Describe(graph));
    }

    [Fact]
    public void ACycleThroughARelativeNameAnEnclosingNamespaceOrABlockNamespaceIsFound()
    {
        var graph = Dependencies(
        [
            // A name relative to an enclosing namespace: Content -> Engine.
            ("Topic.cs", "namespace App.Content;\npublic sealed record Topic(Engine.Session Session);"),
            ("Session.cs", "using App.Content.Loading;\nnamespace App.Engine;\npublic sealed class Session { Reader? reader; }"),
            // A type of the enclosing namespace, used without a using: Loading -> Content.
            ("Reader.cs", "namespace App.Content.Loading;\npublic sealed class Reader { Topic? topic; }"),
            // A block namespace, after top-level statements that belong to no namespace.
            ("Program.cs", "App.Engine.Session.Run();\nnamespace App.Host\n{\n    public static class Host { }\n}"),
        ]);

        Assert.Equal(["App.Content", "App.Content.Loading", "App.Engine", "App.Host"], graph.Keys.Order());
        Assert.Equal(["App.Engine"], graph["App.Content"].Keys);
        Assert.Equal(["App.Content"], graph["App.Content.Loading"].Keys);
        Assert.Empty(graph["App.Host"]);
        var cycle = Assert.Single(Cycles(graph));
        Assert.Equal(["App.Content", "App.Content.Loading", "App.Engine"], cycle.Order());
    }

    /// <summary>Per namespace: the namespaces it depends on, each with the files that make it so.</summary>
    private static Dictionary<string, Dictionary<string, List<string>>> Dependencies(IEnumerable<(string Name, string Text)> sources)
    {
        var files = sources
            .Select(f => (f.Name, f.Text, Match: NamespaceLine().Match(f.Text)))
            .Where(f => f.Match.Success)
            // A block namespace's statements before it are top-level statements: the entry point's, in no namespace.
            .Select(f => (f.Name, Usings: f.Text, Body: f.Match.Groups[2].Value == "{" ? f.Text[f.Match.Index..] : f.Text, Namespace: f.Match.Groups[1].Value))
            .ToList();
        var known = files.Select(f => f.Namespace).ToHashSet(StringComparer.Ordinal);
        var prefixes = known.SelectMany(Enclosing).ToHashSet(StringComparer.Ordinal);
        var types = files.GroupBy(f => f.Namespace).ToDictionary(g => g.Key, g => g.SelectMany(f => Declaration().Matches(f.Body).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal));
        var graph = known.ToDictionary(n => n, _ => new Dictionary<string, List<string>>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (name, usings, body, ns) in files)
        {
            var code = UsingLine().Replace(body, "");
            var words = Word().Matches(code).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            var enclosing = Enclosing(ns).Skip(1).ToList();
            var named = UsingLine().Matches(usings).Select(m => m.Groups[1].Value)
                .Concat(enclosing.Where(p => types.TryGetValue(p, out var declared) && declared.Overlaps(words)))
                .Concat(Qualified().Matches(code).Select(m => Resolve(m.Value, ns, prefixes, known)).OfType<string>());
            foreach (var dependency in named.Where(d => known.Contains(d) && d != ns))
            {
                if (!graph[ns].TryGetValue(dependency, out var where)) graph[ns][dependency] = where = [];
                where.Add(name);
            }
        }
        return graph;
    }

    /// <summary><paramref name="ns"/> and the namespaces around it, innermost first: a.b.c, a.b, a.</summary>
    private static IEnumerable<string> Enclosing(string ns)
    {
        for (var name = ns; name.Length > 0; name = name.Contains('.') ? name[..name.LastIndexOf('.')] : "") yield return name;
    }

    /// <summary>The namespace a dotted name in <paramref name="ns"/> goes through, as C# resolves it: from the innermost enclosing namespace out.</summary>
    private static string? Resolve(string dotted, string ns, HashSet<string> prefixes, HashSet<string> known)
    {
        var first = dotted[..dotted.IndexOf('.')];
        foreach (var scope in Enclosing(ns).Append(""))
        {
            var candidate = scope.Length == 0 ? dotted : $"{scope}.{dotted}";
            if (!prefixes.Contains(scope.Length == 0 ? first : $"{scope}.{first}")) continue;
            return Enclosing(candidate).FirstOrDefault(known.Contains);
        }
        return null;
    }

    private static List<string> Describe(Dictionary<string, Dictionary<string, List<string>>> graph) =>
        Cycles(graph).Select(c => $"namespaces that depend on each other: {string.Join(", ", c)}\n  "
            + string.Join("\n  ", from a in c from b in c where graph[a].ContainsKey(b) select $"{a} -> {b}: {string.Join(", ", graph[a][b].Distinct().Take(3))}")).ToList();

    /// <summary>The strongly connected groups of more than one namespace (Tarjan's algorithm).</summary>
    private static List<List<string>> Cycles(Dictionary<string, Dictionary<string, List<string>>> graph)
    {
        var (index, low, stack, onStack, cycles) = (new Dictionary<string, int>(), new Dictionary<string, int>(), new Stack<string>(), new HashSet<string>(), new List<List<string>>());
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var other in graph[node].Keys)
            {
                if (!index.ContainsKey(other)) { Visit(other); low[node] = Math.Min(low[node], low[other]); }
                else if (onStack.Contains(other)) low[node] = Math.Min(low[node], index[other]);
            }
            if (low[node] != index[node]) return;
            var group = new List<string>();
            string member;
            do { member = stack.Pop(); onStack.Remove(member); group.Add(member); } while (member != node);
            if (group.Count > 1) cycles.Add(group);
        }
        foreach (var node in graph.Keys.Order(StringComparer.Ordinal).Where(n => !index.ContainsKey(n))) Visit(node);
        return cycles;
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*([;{])", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"^\s*(?:(?:public|internal|private|protected|sealed|static|abstract|readonly|partial|file)\s+)*(?:record\s+struct|record\s+class|record|class|enum|interface|struct)\s+([A-Z]\w*)", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")]
    private static partial Regex Qualified();
}
