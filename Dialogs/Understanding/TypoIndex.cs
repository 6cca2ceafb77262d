using System.Runtime.InteropServices;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// Finds the known word a misspelt word was meant to be: Damerau–Levenshtein distance 1 for words of 4 letters or
/// more, 2 from 8 letters, through a symmetric deletion index (every known word under its 1-letter deletions, and
/// 2-letter ones from 8 letters).
/// </summary>
/// <remarks>
/// A deletion is keyed by a 64-bit hash of the letters left, not by a string: the content's few thousand words have a
/// few hundred thousand deletions, and making each a string was most of the index's build time. A hash that two
/// deletions share only adds a candidate, and every candidate's distance is checked, so the answers are the same.
/// </remarks>
internal sealed class TypoIndex
{
    private const int MinLength = 5;
    private const int LongLength = 8;

    private readonly Dictionary<ulong, int> _first;
    private readonly List<(string Word, int Next)> _entries;
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    public TypoIndex(IReadOnlyCollection<string> words)
    {
        // Sized for every deletion up front: grown by doubling, the two tables (a few MB each) were copied a dozen
        // times per load, and those copies were most of the garbage of a load.
        var deletions = words.Sum(w => w.Length < MinLength - 1 ? 0 : DeletionCount(w.Length));
        _first = new Dictionary<ulong, int>(deletions);
        _entries = new List<(string Word, int Next)>(deletions);
        foreach (var word in words)
        {
            if (word.Length < MinLength - 1 || !_words.Add(word)) continue;
            ForEachDeletion(word, word.Length >= LongLength ? 2 : 1, key => Add(key, word));
        }
    }

    /// <summary>How many deletions <see cref="ForEachDeletion"/> makes of a word of <paramref name="length"/> letters.</summary>
    private static int DeletionCount(int length) => length >= LongLength ? length + length * (length - 1) / 2 : length;

    public static int MaxDistance(int length) => length >= LongLength ? 2 : length >= MinLength ? 1 : 0;

    /// <summary>The closest known word within the allowed distance, or null.</summary>
    public string? Correct(string word)
    {
        var max = MaxDistance(word.Length);
        if (max == 0 || word.Length > RecognizerLimits.MaxWordLength) return null;
        string? best = null;
        var bestDistance = int.MaxValue;
        void Consider(ulong key)
        {
            if (!_first.TryGetValue(key, out var at)) return;
            for (; at >= 0; at = _entries[at].Next)
            {
                var candidate = _entries[at].Word;
                if (Math.Abs(candidate.Length - word.Length) > max) continue;
                var distance = EditDistance.DamerauLevenshtein(word, candidate, max);
                if (distance > max || distance > bestDistance) continue;
                if (distance == bestDistance && string.CompareOrdinal(candidate, best) >= 0) continue;
                best = candidate;
                bestDistance = distance;
            }
        }
        ForEachDeletion(word, max, Consider);
        Consider(Hash(word, -1, -1));
        return best;
    }

    private void Add(ulong key, string word)
    {
        ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_first, key, out var exists);
        // The same word under the same key twice ("aab" without either a) is one entry.
        if (exists && _entries[head].Word == word) return;
        _entries.Add((word, exists ? head : -1));
        head = _entries.Count - 1;
    }

    /// <summary>The hash of every string left after deleting 1 to <paramref name="depth"/> (at most 2) letters.</summary>
    private static void ForEachDeletion(string word, int depth, Action<ulong> action)
    {
        for (var i = 0; i < word.Length; i++)
        {
            action(Hash(word, i, -1));
            if (depth < 2) continue;
            for (var j = i + 1; j < word.Length; j++) action(Hash(word, i, j));
        }
    }

    // FNV-1a over the letters of word except those at skip1 and skip2.
    private static ulong Hash(string word, int skip1, int skip2)
    {
        var hash = 14695981039346656037UL;
        for (var i = 0; i < word.Length; i++)
            if (i != skip1 && i != skip2) hash = (hash ^ word[i]) * 1099511628211UL;
        return hash;
    }
}
