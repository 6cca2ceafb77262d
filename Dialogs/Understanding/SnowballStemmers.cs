using Lucene.Net.Tartarus.Snowball;
using LuceneDutch = Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer;
using LuceneEnglish = Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// The Snowball stemmers of Lucene.Net (Dutch, and English "Porter2"), one instance per thread: a Snowball program
/// keeps the word it works on, so it cannot be shared.
/// </summary>
internal static class SnowballStemmers
{
    [ThreadStatic] private static LuceneDutch? _dutch;
    [ThreadStatic] private static LuceneEnglish? _english;

    public static string Dutch(string word) => Run(_dutch ??= new LuceneDutch(), word);

    public static string English(string word) => Run(_english ??= new LuceneEnglish(), word);

    private static string Run(SnowballProgram stemmer, string word)
    {
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
