namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// Finds the known word a misspelt word was meant to be: Damerau–Levenshtein distance 1 for words of 4 letters or
/// more, 2 from 8 letters, through a symmetric deletion index (every known word under itself and its 1-letter
/// deletions, and 2-letter ones from 8 letters; under itself, so a typed word with a letter too many finds it).
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

    // Every (deletion, word) pair in two parallel arrays sorted by the deletion's hash: 12 bytes a pair, where a
    // dictionary of chains took about 40 (the Dutch index was 8 MB of the recognizer's 28).
    private readonly ulong[] _keys;
    private readonly int[] _words;
    private readonly string[] _vocabulary;

    public TypoIndex(IReadOnlyCollection<string> words)
    {
        _vocabulary = [.. words.Where(w => w.Length >= MinLength - 1).Distinct(StringComparer.Ordinal)];
        // Each word under itself (a typed word with a letter too many finds it) and under its deletions.
        var count = _vocabulary.Sum(w => 1 + DeletionCount(w.Length));
        var keys = new ulong[count];
        var ids = new int[count];
        var n = 0;
        var ofWord = new HashSet<ulong>();
        for (var id = 0; id < _vocabulary.Length; id++)
        {
            var word = _vocabulary[id];
            // The same word under the same key twice ("aab" without either a) is one pair.
            ofWord.Clear();
            void Add(ulong key)
            {
                if (!ofWord.Add(key)) return;
                keys[n] = key;
                ids[n++] = id;
            }
            Add(Hash(word, -1, -1));
            ForEachDeletion(word, word.Length >= LongLength ? 2 : 1, Add);
        }
        Array.Sort(keys, ids, 0, n);
        _keys = keys.AsSpan(0, n).ToArray();
        _words = ids.AsSpan(0, n).ToArray();
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
            for (var at = FirstAt(key); at < _keys.Length && _keys[at] == key; at++)
            {
                var candidate = _vocabulary[_words[at]];
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

    /// <summary>The first index of <paramref name="key"/> in the sorted keys, or where it would be.</summary>
    private int FirstAt(ulong key)
    {
        int low = 0, high = _keys.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_keys[middle] < key) low = middle + 1;
            else high = middle;
        }
        return low;
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
