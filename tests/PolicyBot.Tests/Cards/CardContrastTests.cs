using System.Globalization;
using System.Text.Json.Nodes;
using PolicyBot.Cards;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Cards;

/// <summary>
/// Every text on every kind of card the bot sends must be readable: WCAG 2 contrast ≥ 4.5:1 between the text colour and
/// the background of the container it sits in, in both renderers employees use (issue 15, "And in real clients").
/// </summary>
public class CardContrastTests
{
    private const double MinimumContrast = 4.5;

    private sealed record Palette(string Background, Dictionary<string, (string Default, string Subtle)> Text);

    /// <summary>
    /// Web Chat 4.18 with its default style options: BotFramework-WebChat
    /// packages/bundle/src/adaptiveCards/Styles/adaptiveCardHostConfig.ts (bubbleTextColor Black, subtle #767676,
    /// accent #0063B1, cardEmphasisBackgroundColor #F0F0F0, bubble background White; the coloured containers'
    /// backgrounds and #333333 text are set there too), over the adaptivecards package's built-in foreground colours
    /// for what Web Chat leaves out (microsoft/AdaptiveCards source/nodejs/adaptivecards/src/host-config.ts,
    /// ContainerStyleDefinition: accent #2E89FC, good #028A02, warning #E69500, attention #CC3300).
    /// </summary>
    private static readonly Dictionary<string, Palette> WebChat = Host(
        ("default", "#FFFFFF", Colors("#000000", "#767676", accent: "#0063B1")),
        ("emphasis", "#F0F0F0", Colors("#000000", "#767676")),
        ("accent", "#C7DEF9", Colors("#333333", "#EE333333")),
        ("good", "#CCFFCC", Colors("#333333", "#EE333333")),
        ("attention", "#FFC5B2", Colors("#333333", "#EE333333")),
        ("warning", "#FFE2B2", Colors("#333333", "#EE333333")));

    /// <summary>
    /// Teams, light theme: text #242424 on #FFFFFF (Fluent's neutral foreground, as the issue measured in the Agents
    /// Playground); container backgrounds and the coloured text as in Microsoft's published Teams light host config
    /// (microsoft/AdaptiveCards samples/HostConfig/microsoft-teams-light.json: emphasis #F9F8F7, accent #C7DEF9,
    /// good #CCFFCC, attention #FFC5B2, warning #FFE2B2; text accent #6264A7, good #92C353, warning #F8D22A,
    /// attention #C4314B, subtle 75 % of the default). Those values reproduce the issue's measurements in the
    /// Playground ("Go ahead, with care" 1.18:1, "Go ahead!" 1.85:1, the green "✔" 2.07:1).
    /// </summary>
    private static readonly Dictionary<string, Palette> TeamsLight = Host(
        ("default", "#FFFFFF", TeamsColors()),
        ("emphasis", "#F9F8F7", TeamsColors()),
        ("accent", "#C7DEF9", TeamsColors()),
        ("good", "#CCFFCC", TeamsColors()),
        ("attention", "#FFC5B2", TeamsColors()),
        ("warning", "#FFE2B2", TeamsColors()));

    public static TheoryData<string> Hosts() => ["Web Chat", "Teams light"];

    [Theory]
    [MemberData(nameof(Hosts))]
    public void EveryTextOnEveryCardIsReadableOnItsBackground(string host)
    {
        var palette = host == "Web Chat" ? WebChat : TeamsLight;
        var uses = AllCards().SelectMany(c => TextUses(c.Card, "default").Select(u => (c.Name, u.Style, u.Color, u.Subtle))).Distinct().ToList();
        Assert.NotEmpty(uses);

        var failures = uses
            .Select(u => (Use: u, Ratio: Contrast(palette, u.Style, u.Color, u.Subtle)))
            .Where(r => r.Ratio < MinimumContrast)
            .Select(r => $"{r.Use.Name}: {r.Use.Color}{(r.Use.Subtle ? " subtle" : "")} text on '{r.Use.Style}' = {r.Ratio:0.00}:1")
            .ToList();

        Assert.True(failures.Count == 0, $"below {MinimumContrast}:1 in {host}:\n" + string.Join("\n", failures));
    }

    [Theory]
    // The issue gives Web Chat's figures to one decimal, the Playground's to two.
    [InlineData("#E69500", "#FFE2B2", 1.9, 0.05)]
    [InlineData("#2E89FC", "#C7DEF9", 2.5, 0.05)]
    [InlineData("#F8D22A", "#FFE2B2", 1.18, 0.005)]
    [InlineData("#92C353", "#CCFFCC", 1.85, 0.01)]
    [InlineData("#92C353", "#FFFFFF", 2.07, 0.005)]
    public void TheContrastFormulaReproducesTheMeasurementsInTheIssue(string text, string background, double expected, double tolerance) =>
        Assert.InRange(Ratio(Rgb(text, background), Rgb(background, "#FFFFFF")), expected - tolerance, expected + tolerance);

    /// <summary>One of each card kind, each verdict kind, and texts in every place a card can put them.</summary>
    private static IEnumerable<(string Name, JsonObject Card)> AllCards()
    {
        var choices = new List<Choice> { new("yes", "Ja"), new("no", "Nee") };
        foreach (var kind in Enum.GetValues<VerdictKind>())
        {
            var verdict = new VerdictCard(kind, "Titel", "Samenvatting") { ReasonsHeading = "Waarom", Reasons = [new("Reden", "topic", "Onderwerp")], TipsHeading = "Tips", Tips = ["Tip"] };
            yield return ($"verdict {kind}", ReplyCards.Build(new MessageReply("Titel") { Card = verdict, Choices = choices })!);
        }
        yield return ("answer", ReplyCards.Build(new MessageReply("Antwoord") { Card = new AnswerCard("t", "Titel", "Tekst\n\n- punt") { Principle = "Uitgangspunt", PrincipleHeading = "Kop", RelatedHeading = "Zie ook" }, Choices = choices })!);
        yield return ("answered step", ReplyCards.Build(new MessageReply("Vraag") { Card = new AnsweredCard("Vraag?", "Ja") })!);
        yield return ("hand-off", ReplyCards.Build(new MessageReply("Contact") { Card = new HandoffCard("Marketing", "Pers", "Mag ik dit delen?") { WhyHeading = "Waarom", TellHeading = "Vertel", Contact = "mail" } })!);
        var ticket = new TicketCard("Vraag voor Marketing", "Mag ik dit delen?") { QuestionHeading = "Vraag", Facts = [new("Taal", "nl")], AnswersHeading = "Antwoorden", Answers = [new("Vraag?", "Ja")], AskedLabel = "Gesteld op", Status = "Nog niet opgepakt" };
        yield return ("ticket waiting", ReplyCards.Build(new MessageReply("Ticket") { Card = ticket, Choices = choices })!);
        yield return ("ticket picked up", ReplyCards.Build(new MessageReply("Ticket") { Card = ticket with { Status = "Opgepakt door Sam", PickedUpAt = DateTimeOffset.UnixEpoch } })!);
        yield return ("confirmation", ReplyCards.Build(new MessageReply("Dit krijgt Marketing:\n\n> Mag ik dit delen?\n\nZal ik het versturen?") { Choices = choices })!);
    }

    /// <summary>Each text's (container style, colour, subtle), inheriting the style of the container it sits in.</summary>
    private static IEnumerable<(string Style, string Color, bool Subtle)> TextUses(JsonNode? node, string style)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array)
                foreach (var use in TextUses(item, style)) yield return use;
            yield break;
        }
        if (node is not JsonObject obj) yield break;
        var type = (string?)obj["type"];
        if (type is "Container" or "Column" && (string?)obj["style"] is { } own) style = own.ToLowerInvariant();
        if (type == "TextBlock") yield return (style, ((string?)obj["color"] ?? "default").ToLowerInvariant(), (bool?)obj["isSubtle"] ?? false);
        if (type == "FactSet") yield return (style, "default", false);
        foreach (var key in new[] { "body", "items", "columns" })
            foreach (var use in TextUses(obj[key], style)) yield return use;
    }

    private static double Contrast(Dictionary<string, Palette> host, string style, string color, bool subtle)
    {
        var palette = host[style];
        var background = Rgb(palette.Background, "#FFFFFF");
        var (normal, dim) = palette.Text[color];
        return Ratio(Rgb(subtle ? dim : normal, palette.Background), background);
    }

    private static Dictionary<string, Palette> Host(params (string Style, string Background, Dictionary<string, (string, string)> Text)[] styles) =>
        styles.ToDictionary(s => s.Style, s => new Palette(s.Background, s.Text));

    private static Dictionary<string, (string, string)> Colors(string text, string subtle, string accent = "#2E89FC") => new()
    {
        ["default"] = (text, subtle),
        ["accent"] = (accent, accent),
        ["good"] = ("#028A02", "#DD027502"),
        ["warning"] = ("#E69500", "#DDE69500"),
        ["attention"] = ("#CC3300", "#DDCC3300"),
    };

    private static Dictionary<string, (string, string)> TeamsColors() => new()
    {
        ["default"] = ("#242424", "#BF242424"),
        ["accent"] = ("#6264A7", "#8B8CC7"),
        ["good"] = ("#92C353", "#E592C353"),
        ["warning"] = ("#F8D22A", "#E5F8D22A"),
        ["attention"] = ("#C4314B", "#E5C4314B"),
    };

    /// <summary>An Adaptive Cards colour (#RRGGBB or #AARRGGBB) as it shows over <paramref name="under"/>.</summary>
    private static (double R, double G, double B) Rgb(string color, string under)
    {
        var hex = color.TrimStart('#');
        var alpha = hex.Length == 8 ? Byte(hex, 0) / 255.0 : 1.0;
        var rgb = hex.Length == 8 ? hex[2..] : hex;
        var below = alpha < 1 ? Rgb(under, "#FFFFFF") : (0, 0, 0);
        return (Blend(Byte(rgb, 0), below.R), Blend(Byte(rgb, 2), below.G), Blend(Byte(rgb, 4), below.B));

        double Blend(int channel, double background) => (alpha * channel / 255.0) + ((1 - alpha) * background);
    }

    private static int Byte(string hex, int at) => int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static double Ratio((double R, double G, double B) text, (double R, double G, double B) background)
    {
        var (a, b) = (Luminance(text), Luminance(background));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    // WCAG 2 relative luminance of an sRGB colour.
    private static double Luminance((double R, double G, double B) c) => (0.2126 * Linear(c.R)) + (0.7152 * Linear(c.G)) + (0.0722 * Linear(c.B));

    private static double Linear(double channel) => channel <= 0.03928 ? channel / 12.92 : Math.Pow((channel + 0.055) / 1.055, 2.4);
}
