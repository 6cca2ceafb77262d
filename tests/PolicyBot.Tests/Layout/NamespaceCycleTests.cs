using System.Text.RegularExpressions;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Layout;

/// <summary>
/// The projects' namespaces depend on each other in one direction only (README, "Layout"): a cycle is how a host ends up
/// both the top and the bottom of itself. Read from the sources, as a reviewer reads them: a namespace depends on
/// another when one of its files has a <c>using</c> of it or names a type through it.
/// </summary>
public partial class NamespaceCycleTests
{
    [Fact]
    public void NoNamespaceDependsOnItselfThroughAnother()
    {
        var root = Path.GetFullPath(Path.Combine(BundledContentTests.BundledContentFolder(), "..", ".."));
        var graph = Dependencies(new[] { "Bot", "Dialogs", "Cards" }.Select(p => Path.Combine(root, p)));

        var cycles = Cycles(graph.Keys.ToList(), n => graph.TryGetValue(n, out var d) ? d.Keys : []);

        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Select(c => $"namespaces that depend on each other: {string.Join(", ", c)}\n  "
            + string.Join("\n  ", from a in c from b in c where graph[a].ContainsKey(b) select $"{a} -> {b}: {string.Join(", ", graph[a][b].Distinct().Take(3))}"))));
    }

    [Fact]
    public void ACycleIsFound()
    {
        var edges = new Dictionary<string, string[]> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"], ["D"] = ["A"] };

        var cycles = Cycles(edges.Keys.ToList(), n => edges[n]);

        Assert.Equal(["A", "B", "C"], Assert.Single(cycles).Order());
    }

    /// <summary>Per namespace: the namespaces it depends on, each with the files that make it so.</summary>
    private static Dictionary<string, Dictionary<string, List<string>>> Dependencies(IEnumerable<string> folders)
    {
        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Select(f => (Path: f, Text: File.ReadAllText(f)))
            .Select(f => (f.Path, f.Text, Namespace: NamespaceLine().Match(f.Text) is { Success: true } m ? m.Groups[1].Value : null))
            .Where(f => f.Namespace is not null)
            .ToList();
        var known = files.Select(f => f.Namespace!).ToHashSet(StringComparer.Ordinal);
        var graph = known.ToDictionary(n => n, _ => new Dictionary<string, List<string>>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (path, text, ns) in files)
        {
            var named = UsingLine().Matches(text).Select(m => m.Groups[1].Value)
                .Concat(QualifiedName().Matches(text).Select(m => Longest(m.Value, known)).OfType<string>());
            // A namespace sees its parents' types without a using; an edge to a parent is no layering mistake by itself.
            foreach (var dependency in named.Where(d => known.Contains(d) && d != ns && !ns!.StartsWith(d + ".", StringComparison.Ordinal)))
            {
                if (!graph[ns!].TryGetValue(dependency, out var where)) graph[ns!][dependency] = where = [];
                where.Add(Path.GetFileName(path));
            }
        }
        return graph;
    }

    private static string? Longest(string qualified, HashSet<string> known)
    {
        for (var name = qualified; name.Contains('.'); name = name[..name.LastIndexOf('.')])
            if (known.Contains(name)) return name;
        return null;
    }

    /// <summary>The strongly connected groups of more than one node (Tarjan's algorithm).</summary>
    private static List<List<string>> Cycles(List<string> nodes, Func<string, IEnumerable<string>> next)
    {
        var (index, low, stack, onStack, cycles) = (new Dictionary<string, int>(), new Dictionary<string, int>(), new Stack<string>(), new HashSet<string>(), new List<List<string>>());
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var other in next(node))
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
        foreach (var node in nodes.Where(n => !index.ContainsKey(n))) Visit(node);
        return cycles;
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^(?:global\s+)?using\s+(PolicyBot[\w.]*)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"(?<![\w.])PolicyBot(?:\.[A-Za-z_]\w*)+")]
    private static partial Regex QualifiedName();
}
