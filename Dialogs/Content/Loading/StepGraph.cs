namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>A step of a check and the <c>next</c> values of its choices, for checking the step graph.</summary>
internal sealed record StepLinks(ScalarNode Id, IReadOnlyList<ScalarNode> Next);

/// <summary>
/// Checks that a check's steps form a graph that always ends: every <c>next</c> names a step, every step can be
/// reached from <c>start</c>, and no path comes back to a step it already passed.
/// </summary>
internal static class StepGraph
{
    public static void Validate(string check, ScalarNode? start, IReadOnlyList<StepLinks> steps, DiagnosticBag diagnostics)
    {
        var byId = new Dictionary<string, StepLinks>(StringComparer.Ordinal);
        foreach (var step in steps) byId.TryAdd(step.Id.Value, step);

        var links = steps.SelectMany(s => s.Next).Prepend(start).OfType<ScalarNode>();
        foreach (var next in links.Where(n => !byId.ContainsKey(n.Value)))
            diagnostics.Error(next, $"unknown step '{next.Value}' in {check}" + Suggestions.DidYouMean(next.Value, byId.Keys));

        if (start is not null && byId.ContainsKey(start.Value)) ReportUnreachable(start, byId, diagnostics);
        ReportLoops(check, byId, diagnostics);
    }

    private static void ReportUnreachable(ScalarNode start, Dictionary<string, StepLinks> byId, DiagnosticBag diagnostics)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { start.Value };
        var queue = new Queue<string>([start.Value]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in byId[id].Next.Where(n => byId.ContainsKey(n.Value) && reached.Add(n.Value)))
                queue.Enqueue(next.Value);
        }
        foreach (var step in byId.Values.Where(s => !reached.Contains(s.Id.Value)))
            diagnostics.Error(step.Id, $"step '{step.Id.Value}' can never be reached from start step '{start.Value}'");
    }

    // depth-first with an explicit stack: a check of thousands of chained steps must not overflow the call stack
    private static void ReportLoops(string check, Dictionary<string, StepLinks> byId, DiagnosticBag diagnostics)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<(StepLinks Step, int Next)>();
        foreach (var root in byId.Values.Where(s => !done.Contains(s.Id.Value)))
        {
            Enter(root);
            while (stack.TryPop(out var frame))
            {
                var (step, i) = frame;
                if (i == step.Next.Count)
                {
                    onPath.Remove(path[^1]);
                    path.RemoveAt(path.Count - 1);
                    done.Add(step.Id.Value);
                    continue;
                }
                stack.Push((step, i + 1));
                var next = step.Next[i];
                if (!byId.TryGetValue(next.Value, out var target)) continue;
                if (onPath.TryGetValue(next.Value, out var index))
                {
                    var loop = string.Join(" -> ", path.Skip(index).Append(next.Value));
                    diagnostics.Error(next, $"'next: {next.Value}' makes a loop in {check} ({loop}); a check must always end");
                }
                else if (!done.Contains(next.Value))
                {
                    Enter(target);
                }
            }
        }

        void Enter(StepLinks step)
        {
            onPath[step.Id.Value] = path.Count;
            path.Add(step.Id.Value);
            stack.Push((step, 0));
        }
    }
}
