using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PolicyBot.Dialogs.Text;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// A linear model (multinomial logistic regression) over a question's words, their terms in both languages (stems,
/// synonyms, compound parts), neighbouring-term pairs and the character n-grams of every word, trained on the trigger
/// phrases and titles when the content loads. Character n-grams make it forgiving of misspelt, run-together and
/// compound words ("magik", "bedrijfslogo"); it complements the term scorer of <see cref="LanguageIndex"/>, which
/// is exact about the words it knows. Written here rather than taken from ML.NET: the model is a hundred lines,
/// trains in tens of milliseconds, and predicts in a few microseconds without allocating per feature.
/// </summary>
internal sealed class TopicClassifier
{
    private readonly Dictionary<ulong, int> _features;
    private readonly float[] _weights; // row-major: _weights[row * stride + class], a row per feature or per features that always occur together
    private readonly float[] _bias;
    private readonly int _classes;
    private readonly Func<string, IEnumerable<string>> _terms;

    private readonly int _termRepeat;
    private readonly int _stride;

    private TopicClassifier(Dictionary<ulong, int> features, float[] weights, float[] bias, int classes, int stride, Func<string, IEnumerable<string>> terms, int termRepeat)
    {
        _termRepeat = termRepeat;
        _stride = stride;
        _features = features;
        _weights = weights;
        _bias = bias;
        _classes = classes;
        _terms = terms;
    }

    public int Classes => _classes;

    /// <summary>
    /// Trains on (text, class, weight) examples. <paramref name="terms"/> gives a word's terms (both languages); it is
    /// called once per distinct word while training and once per word of each question.
    /// </summary>
    // Compiled optimised at once (AggressiveOptimization): training runs once per content load, at start-up, in loops of
    // millions of steps that the tiered JIT would otherwise run as unoptimised code first.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TopicClassifier Train(
        IReadOnlyList<(string Text, int Class, double Weight)> examples, int classes,
        Func<string, IEnumerable<string>> terms, TopicClassifierOptions options)
    {
        var (features, rowCount, encoded) = ClassifierTrainingSet.Encode(examples, terms, options.TermRepeat);

        // Each feature's row of class weights is padded to whole SIMD vectors, so a row is added in a few instructions.
        var stride = (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var weights = new float[rowCount * stride];
        var bias = new float[stride];
        // Classes weigh by their share of the examples, so a topic with fewer phrases is not drowned out.
        var perClass = new double[classes];
        foreach (var e in encoded) perClass[e.Class] += e.Weight;
        var classWeight = perClass.Select(n => n == 0 ? 0 : encoded.Count / (classes * n)).ToArray();

        var order = Enumerable.Range(0, encoded.Count).ToArray();
        var random = new Random(options.Seed);
        var scores = new float[stride];
        var gradient = new float[stride];
        // The same weights seen as whole vectors, a row being vectorsPerRow of them: the loops below index them directly.
        var weightVectors = MemoryMarshal.Cast<float, Vector<float>>(weights.AsSpan());
        var scoreVectors = MemoryMarshal.Cast<float, Vector<float>>(scores.AsSpan());
        var gradientVectors = MemoryMarshal.Cast<float, Vector<float>>(gradient.AsSpan());
        var vectorsPerRow = stride / Vector<float>.Count;
        var rate = options.LearningRate;
        // The weights are kept as scale × stored: L2 shrinkage then costs one multiplication per epoch, not one per weight.
        var scale = 1f;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (rows, forward, backward, label, weight) = encoded[index];
                SumRows(weightVectors, vectorsPerRow, rows, forward, scoreVectors);
                for (var c = 0; c < classes; c++) scores[c] = scores[c] * scale + bias[c];
                Softmax(scores.AsSpan(0, classes));
                var step = (float)(rate * weight * classWeight[label]);
                for (var c = 0; c < classes; c++) gradient[c] = step * ((c == label ? 1 : 0) - scores[c]);
                AddScaled(bias, gradient, 0.1f);
                for (var f = 0; f < rows.Length; f++)
                {
                    var row = weightVectors.Slice(rows[f] * vectorsPerRow, vectorsPerRow);
                    var factor = backward[f] / scale;
                    for (var v = 0; v < row.Length; v++) row[v] += gradientVectors[v] * factor;
                }
            }
            scale *= (float)(1 - options.L2 * rate);
            rate *= options.Decay;
        }
        for (var i = 0; i < weights.Length; i++) weights[i] *= scale;
        return new TopicClassifier(features, weights, bias, classes, stride, terms, options.TermRepeat);
    }

    /// <summary>The probability of each class for <paramref name="text"/>, into <paramref name="probabilities"/>.</summary>
    /// <param name="tokens">The question's normalized words (<see cref="TextNormalizer.Tokens"/>).</param>
    public void Predict(string[] tokens, Span<double> probabilities)
    {
        var hashes = new List<ulong>(64);
        ClassifierFeatures.OfText(tokens, _terms, hashes, _termRepeat);
        Span<float> scores = stackalloc float[_stride];
        _bias.CopyTo(scores);
        // Normalised by all the question's features, so a text of mostly unknown words is less sure of any class.
        var value = hashes.Count == 0 ? 0 : (float)(1 / Math.Sqrt(hashes.Count));
        foreach (var hash in hashes)
            if (_features.TryGetValue(hash, out var id)) AddScaled(scores, _weights.AsSpan(id * _stride, _stride), value);
        Softmax(scores[.._classes]);
        for (var c = 0; c < _classes; c++) probabilities[c] = scores[c];
    }

    /// <summary>
    /// <paramref name="into"/> = the sum of the <paramref name="rows"/> × their <paramref name="factors"/>, each class
    /// summed in the rows' order (as adding row after row into <paramref name="into"/> would), but in registers, three
    /// vectors of classes at a time: three independent chains of additions keep the adder busy where one waits on itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SumRows(ReadOnlySpan<Vector<float>> weights, int vectorsPerRow, int[] rows, float[] factors, Span<Vector<float>> into)
    {
        var v = 0;
        for (; v + 3 <= vectorsPerRow; v += 3)
        {
            Vector<float> a = Vector<float>.Zero, b = Vector<float>.Zero, c = Vector<float>.Zero;
            for (var f = 0; f < rows.Length; f++)
            {
                var at = rows[f] * vectorsPerRow + v;
                var factor = factors[f];
                a += weights[at] * factor;
                b += weights[at + 1] * factor;
                c += weights[at + 2] * factor;
            }
            (into[v], into[v + 1], into[v + 2]) = (a, b, c);
        }
        for (; v < vectorsPerRow; v++)
        {
            var sum = Vector<float>.Zero;
            for (var f = 0; f < rows.Length; f++) sum += weights[rows[f] * vectorsPerRow + v] * factors[f];
            into[v] = sum;
        }
    }

    /// <summary><paramref name="into"/> += <paramref name="row"/> × <paramref name="factor"/>, over whole vectors.</summary>
    private static void AddScaled(Span<float> into, ReadOnlySpan<float> row, float factor)
    {
        var target = MemoryMarshal.Cast<float, Vector<float>>(into);
        var source = MemoryMarshal.Cast<float, Vector<float>>(row);
        for (var i = 0; i < target.Length; i++) target[i] += source[i] * factor;
    }

    private static void Softmax(Span<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores) max = Math.Max(max, s);
        var sum = 0f;
        for (var i = 0; i < scores.Length; i++) sum += scores[i] = MathF.Exp(scores[i] - max);
        for (var i = 0; i < scores.Length; i++) scores[i] /= sum;
    }
}

/// <summary>The classifier's training settings.</summary>
public sealed record TopicClassifierOptions
{
    /// <summary>
    /// Passes over the examples. 14 scored as 20 did on the development sets and the cross-validation (README), and keep
    /// the content load where it was before the content grew by a tenth (docs/performance-history.md, micro).
    /// </summary>
    public int Epochs { get; init; } = 14;

    public double LearningRate { get; init; } = 1;

    public double Decay { get; init; } = 0.92;

    public double L2 { get; init; } = 0.001;

    public int Seed { get; init; } = 14;

    /// <summary>How many times a word's term counts against each of its character n-grams.</summary>
    public int TermRepeat { get; init; } = 2;


}
