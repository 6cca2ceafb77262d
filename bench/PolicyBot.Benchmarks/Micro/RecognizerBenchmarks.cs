using BenchmarkDotNet.Attributes;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Benchmarks.Micro;

/// <summary>One question through <see cref="TopicRecognizer.Recognize"/> (mean of a mixed Dutch/English set), per content size.</summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private const int Questions = 16;
    private TopicRecognizer _recognizer = null!;
    private string[] _questions = [];

    /// <summary>0 = the bundled content; otherwise that many generated topics on top of it.</summary>
    [Params(0, 2000)]
    public int GeneratedTopics { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = GeneratedTopics == 0 ? BenchContent.BundledFolder : BenchContent.WithGeneratedTopics(GeneratedTopics);
        var content = BenchContent.Load(folder);
        _recognizer = new TopicRecognizer(content);
        // Real questions (not trigger phrases) for the bundled topics; for generated content a mix of both kinds.
        string[] bundled =
        [
            "mag ik een foto van een klant op linkedin zetten?", "a journalist sent me a DM about our results, what now",
            "kan ik mijn mening geven over een concurrent", "can I use the company logo on my personal blog",
            "een klant klaagt onder mijn post", "is it ok to tag my colleagues in a team photo",
            "ik heb per ongeluk iets vertrouwelijks gedeeld", "may I share the quarterly figures before they are published",
            "moet ik zeggen dat ik bij het bedrijf werk als ik over onze producten post", "can I criticise my employer on twitter",
            "mag ik tijdens werktijd op social media", "someone asked me to become a brand ambassador",
            "share my screen in Teams", "wat vind jij van het weer", "mag ik een screenshot posten van een chat", "hello",
        ];
        _questions = GeneratedTopics == 0
            ? bundled
            : [.. bundled[..8], .. Enumerable.Range(0, 8).Select(i => i % 2 == 0
                ? BenchContent.DutchQuestion(i * 211 % GeneratedTopics, 4) + " vandaag"
                : BenchContent.EnglishQuestion(i * 211 % GeneratedTopics, 5) + " today")];
    }

    [Benchmark(OperationsPerInvoke = Questions)]
    public int RecognizeQuestion()
    {
        var found = 0;
        foreach (var question in _questions) found += _recognizer.Recognize(question).Topic is null ? 0 : 1;
        return found;
    }
}
