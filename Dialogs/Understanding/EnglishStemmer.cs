namespace PolicyBot.Dialogs.Understanding;

/// <summary>The Snowball English ("Porter2") stemmer of Lucene.Net for lower-case words: "sharing", "shared", "shares" → "share".</summary>
public static class EnglishStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length <= 2 ? word : SnowballStemmers.English(word);
    }
}
