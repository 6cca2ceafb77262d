using System.Runtime.InteropServices;
using PolicyBot.Dialogs.Text;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// One training example as rows of <see cref="TopicClassifier"/>'s weights. A row stands for
/// <c>Members</c> features that always occur together; the forward pass counts it that many times, the update moves it
/// as much as it would move each of them.
/// </summary>
internal readonly record struct EncodedExample(int[] Rows, float[] Forward, float[] Backward, int Class, float Weight);

/// <summary>
/// The training examples as weight rows. Features that occur in exactly the same examples, the same number of times
/// (most n-grams of a word occur only in that word), start at zero and receive exactly the same updates, so they
/// always have the same weights: they share one row. Training then touches about half as many rows per example, and
/// the model is the same as with one row per feature (up to the order of float additions).
/// </summary>
internal static class ClassifierTrainingSet
{
    public static (Dictionary<ulong, int> Rows, int RowCount, List<EncodedExample> Examples) Encode(
        IReadOnlyList<(string Text, int Class, double Weight)> examples, Func<string, IEnumerable<string>> terms, int termRepeat)
    {
        var (features, raw) = Features(examples, terms, termRepeat);

        // Which examples each feature occurs in, and how often, as a 64-bit signature; equal signatures share a row.
        var signature = new ulong[features.Count];
        var occurrences = new int[features.Count];
        for (var e = 0; e < raw.Count; e++)
            for (var f = 0; f < raw[e].Ids.Length; f++)
            {
                var id = raw[e].Ids[f];
                signature[id] = (signature[id] ^ (ulong)e * 0x9E3779B97F4A7C15UL ^ (ulong)raw[e].Counts[f]) * 1099511628211UL;
                occurrences[id]++;
            }
        var rowOf = new int[features.Count];
        var rows = new Dictionary<(ulong, int), int>(features.Count);
        var members = new List<int>(features.Count);
        // Rows numbered by how many examples use them, most first: the rows read most often lie together in memory.
        foreach (var id in ByOccurrencesDescending(occurrences))
        {
            ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(rows, (signature[id], occurrences[id]), out var exists);
            if (!exists)
            {
                row = members.Count;
                members.Add(0);
            }
            members[row]++;
            rowOf[id] = row;
        }

        var encoded = new List<EncodedExample>(raw.Count);
        var lastSeen = new int[members.Count];
        Array.Fill(lastSeen, -1);
        // One scratch buffer each, as long as the longest example; each example then keeps exact-size copies.
        var longest = raw.Count == 0 ? 0 : raw.Max(r => r.Ids.Length);
        var rowIds = new int[longest];
        var forward = new float[longest];
        var backward = new float[longest];
        for (var e = 0; e < raw.Count; e++)
        {
            var (ids, counts, norm, label, weight) = raw[e];
            var n = 0;
            for (var f = 0; f < ids.Length; f++)
            {
                var row = rowOf[ids[f]];
                if (lastSeen[row] == e) continue; // its other members are in this example too, with the same count
                lastSeen[row] = e;
                rowIds[n] = row;
                forward[n] = members[row] * counts[f] * norm;
                backward[n] = counts[f] * norm;
                n++;
            }
            encoded.Add(new EncodedExample(rowIds.AsSpan(0, n).ToArray(), forward.AsSpan(0, n).ToArray(), backward.AsSpan(0, n).ToArray(), label, weight));
        }
        foreach (var hash in features.Keys) features[hash] = rowOf[features[hash]];
        return (features, members.Count, encoded);
    }

    /// <summary>
    /// The feature ids ordered by occurrences, most first, ties in id order (what a stable sort gives), by counting:
    /// sorting sixty thousand ids through LINQ cost more than the rest of the grouping.
    /// </summary>
    internal static int[] ByOccurrencesDescending(int[] occurrences)
    {
        var max = occurrences.Length == 0 ? 0 : occurrences.Max();
        // start[k]: where the ids occurring k times begin, counting from the most frequent.
        var start = new int[max + 2];
        foreach (var n in occurrences) start[max - n + 1]++;
        for (var k = 1; k < start.Length; k++) start[k] += start[k - 1];
        var order = new int[occurrences.Length];
        for (var id = 0; id < occurrences.Length; id++) order[start[max - occurrences[id]]++] = id;
        return order;
    }

    /// <summary>
    /// Each example's features (ids and counts) and its value per occurrence. A word's features are worked out once (the
    /// phrases repeat the same few thousand words); each example then adds up its words' and their neighbours' pairs.
    /// </summary>
    private static (Dictionary<ulong, int> Features, List<(int[] Ids, int[] Counts, float Norm, int Class, float Weight)> Examples) Features(
        IReadOnlyList<(string Text, int Class, double Weight)> examples, Func<string, IEnumerable<string>> terms, int termRepeat)
    {
        var features = new Dictionary<ulong, int>();
        var words = new Dictionary<string, (string? First, int[] Ids)>(StringComparer.Ordinal);
        var hashes = new List<ulong>();
        // This example's features in the order first met, and each one's count by id (zeroed again after the example):
        // what a dictionary per example gave, without hashing a few hundred thousand increments.
        var touched = new List<int>();
        var countOf = new int[1024];
        var encoded = new List<(int[], int[], float, int, float)>(examples.Count);
        int Id(ulong hash)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(features, hash, out var exists);
            if (!exists) id = features.Count - 1;
            return id;
        }
        (string? First, int[] Ids) Word(string token)
        {
            if (words.TryGetValue(token, out var known)) return known;
            hashes.Clear();
            var first = ClassifierFeatures.OfWord(token, terms(token), hashes, termRepeat);
            return words[token] = (first, hashes.Select(Id).ToArray());
        }
        void Count(int id)
        {
            if (id >= countOf.Length) Array.Resize(ref countOf, Math.Max(2 * countOf.Length, id + 1));
            if (countOf[id]++ == 0) touched.Add(id);
        }

        foreach (var (text, label, weight) in examples)
        {
            string? previous = null;
            foreach (var token in TextNormalizer.Tokens(text))
            {
                if (!ClassifierFeatures.Counts(token)) continue;
                var (first, ids) = Word(token);
                foreach (var id in ids) Count(id);
                if (first is null) continue;
                if (previous is not null) Count(Id(ClassifierFeatures.Pair(previous, first)));
                previous = first;
            }
            if (touched.Count == 0) continue;
            var exampleIds = touched.ToArray();
            var counts = new int[exampleIds.Length];
            var total = 0;
            for (var i = 0; i < exampleIds.Length; i++)
            {
                total += counts[i] = countOf[exampleIds[i]];
                countOf[exampleIds[i]] = 0;
            }
            touched.Clear();
            // A feature that occurs twice (a repeated term, a recurring n-gram) is one row update with twice the value.
            encoded.Add((exampleIds, counts, (float)(1 / Math.Sqrt(total)), label, (float)weight));
        }
        return (features, encoded);
    }
}
