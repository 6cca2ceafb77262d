using PolicyBot.Bot.Commands;

namespace PolicyBot.Tests.CommandLine;

/// <summary>The verbs through the real parser, in-process: help, refused command lines with their choices, and what runs the bot.</summary>
public sealed class CommandLineTests
{
    internal static readonly string[] VerbNames = ["chat", "check", "content", "eval", "insights", "package", "record", "forget", "sweep"];

    public static TheoryData<string> Verbs() => [.. VerbNames];

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task EveryVerbHasHelpThatNamesItsOptions(string verb)
    {
        var (exitCode, output, error) = await InvokeAsync(verb, "--help");

        Assert.Equal((0, ""), (exitCode, error));
        Assert.Contains($"PolicyBot.Bot {verb}", output, StringComparison.Ordinal);
        var expected = verb switch
        {
            "chat" => ["--locale", "--Key=value"],
            "check" => ["<folder>"],
            "content" => ["publish", "versions", "diff", "rollback", "export"],
            "eval" => ["--development-only", "--figures-only", "--set <Name=value>", "<questions.yaml>"],
            "insights" => ["--weeks <N>", "--review", "--Key=value"],
            "package" => ["--app-id <guid>", "--domain <host>", "--out <path>", "--manifest <folder>"],
            "record" => ["<script.yaml>", "<out.transcript>"],
            "forget" => ["--user <id>"],
            _ => new[] { "--Key=value" },
        };
        Assert.All(expected, e => Assert.Contains(e, output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("publish", "<folder>", "-m, --message <text>", "--author <name>", "--Key=value")]
    [InlineData("versions", "--Key=value")]
    [InlineData("diff", "<A>", "<B>", "--Key=value")]
    [InlineData("rollback", "<N>", "-m, --message <text>", "--author <name>", "--Key=value")]
    [InlineData("export", "<N>", "<folder>", "--Key=value")]
    public async Task EveryContentVerbHasHelpThatNamesItsOptions(string verb, params string[] expected)
    {
        var (exitCode, output, error) = await InvokeAsync("content", verb, "--help");

        Assert.Equal((0, ""), (exitCode, error));
        Assert.Contains($"PolicyBot.Bot content {verb}", output, StringComparison.Ordinal);
        Assert.All(expected, e => Assert.Contains(e, output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("content publish", "'--message' is required")]
    [InlineData("content rollback two -m x", "not 'two'")]
    [InlineData("content diff 1", "B")]
    [InlineData("content publish folder -m x --bogus", "'--bogus'")]
    public async Task AWrongContentCommandLineIsRefusedWithExitCode2(string commandLine, string problem)
    {
        var (exitCode, output, error) = await InvokeAsync(commandLine.Split(' '));

        Assert.Equal((2, ""), (exitCode, output));
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpAloneListsEveryCommandAndHowTheBotRuns()
    {
        var (exitCode, output, _) = await InvokeAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.All(VerbNames, verb => Assert.Matches($@"(?m)^\s+{verb}\b", output));
        Assert.Contains("Without a command it runs the bot", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chatt")]
    [InlineData("--hlep")]
    [InlineData("--urls")]
    public async Task UnknownCommandIsRefusedWithExitCode2AndTheCommands(string argument)
    {
        var (exitCode, output, error) = await InvokeAsync(argument);

        Assert.Equal((2, ""), (exitCode, output));
        Assert.Contains($"'{argument}'", error, StringComparison.Ordinal);
        Assert.Contains("Commands: chat, check, content, eval, insights, package, record, forget, sweep.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("insights --weeks 2 --bogus", "'--bogus'", "--weeks <N>, --review")]
    [InlineData("insights --weeks two", "not 'two'", "--weeks <N>")]
    [InlineData("eval --development-only --bogus", "'--bogus'", "--development-only, --figures-only, --one-conversation, --set <Name=value>, <questions.yaml>")]
    [InlineData("check a b", "'b'", "<folder>")]
    [InlineData("forget", "'--user' is required", "--user <id>")]
    [InlineData("record only-a-script.yaml", "out.transcript", "<script.yaml>, <out.transcript>")]
    [InlineData("chat --locale", "--locale", "--locale <locale>")]
    public async Task UnknownOrMissingOptionIsRefusedWithExitCode2AndTheVerbsChoices(string commandLine, string problem, string choices)
    {
        var (exitCode, output, error) = await InvokeAsync(commandLine.Split(' '));

        Assert.Equal((2, ""), (exitCode, output));
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.Contains(choices, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(true, "--urls", "http://127.0.0.1:3978")]
    [InlineData(true, "--Bot:AllowAnonymous=true", "--environment", "Production", "--urls", "http://127.0.0.1:3978")]
    [InlineData(true, "/Storage:Provider=memory", "Content:Path=x")]
    [InlineData(false, "--help")]
    [InlineData(false, "--urls", "http://127.0.0.1:3978", "-h")]
    [InlineData(false, "chat")]
    [InlineData(false, "chatt")]
    [InlineData(false, "--hlep")]
    [InlineData(false, "--urls")]
    public void NoArgumentsOrOnlyConfigurationRunTheBot(bool runsTheBot, params string[] args)
    {
        Assert.Equal(runsTheBot, BotCommands.RunsTheBot(args));
    }

    [Fact]
    public async Task EvalSetThatIsNoSettingIsRefusedWithExitCode2()
    {
        var (exitCode, _, error) = await InvokeAsync("eval", "--development-only", "--set", "NoSuchSetting=1");

        Assert.Equal(2, exitCode);
        Assert.Contains("--set takes Name=value", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--figures-only", "apply to the files given")]
    [InlineData("--one-conversation", "apply to the files given")]
    [InlineData("--development-only", "applies without files")]
    public async Task EvalRefusesAnOptionThatDoesNotApplyWithExitCode2(string option, string reason)
    {
        string[] args = option == "--development-only" ? ["eval", "no-such-set.yaml", option] : ["eval", option];

        var (exitCode, output, error) = await InvokeAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.DoesNotContain("recognizer built", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalRefusesASetThatNamesATopicTheContentDoesNotHave()
    {
        var file = Path.Combine(Path.GetTempPath(), $"eval-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, """
            questions:
              - { lang: en, topic: none, text: "what is for lunch" }
              - { lang: nl, topic: may-i-share, text: "mag ik dit delen" }
            """);
        try
        {
            var (exitCode, output, error) = await InvokeAsync("eval", file);

            Assert.Equal(1, exitCode);
            Assert.DoesNotContain("top-1", output, StringComparison.Ordinal);
            Assert.Contains("no such topic: none (an unrelated question has topic: null)", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task EvalFiguresOnlyLeavesOutTheQuestionsMissed()
    {
        var file = Path.Combine(Path.GetTempPath(), $"eval-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, """
            questions:
              - { lang: en, topic: using-the-company-logo, text: "what time does the canteen open tomorrow" }
            """);
        try
        {
            var (withMisses, full, _) = await InvokeAsync("eval", file);
            var (figuresOnly, figures, _) = await InvokeAsync("eval", file, "--figures-only");

            Assert.Equal((0, 0), (withMisses, figuresOnly));
            Assert.Contains("canteen", full, StringComparison.Ordinal);
            Assert.Contains("top-1", figures, StringComparison.Ordinal);
            Assert.DoesNotContain("canteen", figures, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    internal static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await BotCommands.InvokeAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
