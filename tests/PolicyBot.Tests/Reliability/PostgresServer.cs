using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace PolicyBot.Tests.Reliability;

/// <summary>
/// A PostgreSQL server on 127.0.0.1 for the shared-store tests: the one <c>.ci/run</c> started (its Npgsql connection
/// string in <see cref="EnvironmentVariable"/>), else a throw-away cluster made with the locally installed binaries.
/// Each test gets a schema of its own (<see cref="NewSchemaAsync"/>), so tests never see each other's rows.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "POLICYBOT_TEST_POSTGRES";

    private string? _folder;
    private string? _pgCtl;

    public string ConnectionString { get; private set; } = "";

    /// <summary>Why the shared-store tests cannot run here, or null when they can.</summary>
    public static string? Unavailable => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } || BinDirectory() is not null
        ? null
        : $"No PostgreSQL here: set {EnvironmentVariable} to an Npgsql connection string (.ci/run installs and starts one), or install postgresql.";

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            ConnectionString = configured;
            return;
        }
        var bin = BinDirectory() ?? throw new InvalidOperationException(Unavailable);
        _folder = Directory.CreateTempSubdirectory("policybot-pg-").FullName;
        // PostgreSQL refuses to run as root; the Debian package's postgres user does it then.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_folder, (UnixFileMode)0b111_111_111);
        var asRoot = Environment.UserName == "root";
        var port = FreePort();
        _pgCtl = Path.Combine(bin, "pg_ctl");
        await RunAsync(asRoot, Path.Combine(bin, "initdb"), "-D", Path.Combine(_folder, "data"), "-U", "policybot", "--auth=trust", "-E", "UTF8");
        await RunAsync(asRoot, _pgCtl, "-D", Path.Combine(_folder, "data"), "-l", Path.Combine(_folder, "log"), "-w", "start",
            "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {_folder} -c fsync=off -c max_connections=300");
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=policybot;Database=postgres";
    }

    /// <summary>A connection string whose tables live in a new, empty schema.</summary>
    public async Task<string> NewSchemaAsync()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ToString();
    }

    public async Task DisposeAsync()
    {
        if (_folder is null || _pgCtl is null) return;
        NpgsqlConnection.ClearAllPools();
        await RunAsync(Environment.UserName == "root", _pgCtl, "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
        Directory.Delete(_folder, recursive: true);
    }

    private static string? BinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).OrderDescending()
                .FirstOrDefault(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            : null;

    private static async Task RunAsync(bool asPostgresUser, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgresUser) foreach (var a in new[] { "-u", "postgres", "--", program }) start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await output}{await error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A fact that shows as skipped, with the reason, where no PostgreSQL server can be had.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.Unavailable is { } reason) Skip = reason;
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
