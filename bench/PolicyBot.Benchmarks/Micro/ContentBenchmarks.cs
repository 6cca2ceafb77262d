using BenchmarkDotNet.Attributes;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Benchmarks.Micro;

/// <summary>What a (re)load costs: read and validate every YAML file, then index the topics for the recognizer.</summary>
[MemoryDiagnoser]
public class ContentBenchmarks
{
    private string _folder = "";

    [Params(0, 2000)]
    public int GeneratedTopics { get; set; }

    [GlobalSetup]
    public void Setup() => _folder = GeneratedTopics == 0 ? BenchContent.BundledFolder : BenchContent.WithGeneratedTopics(GeneratedTopics);

    [Benchmark]
    public PolicyContent LoadAndValidate() => BenchContent.Load(_folder);

    [Benchmark]
    public TopicRecognizer LoadValidateAndIndex() => new(BenchContent.Load(_folder));

    /// <summary>The same without training the classifier: what the term index alone costs.</summary>
    [Benchmark]
    public TopicRecognizer LoadValidateAndIndexTermsOnly() => new(BenchContent.Load(_folder), TopicRecognizerOptions.Default with { ClassifierShare = 0 });
}
