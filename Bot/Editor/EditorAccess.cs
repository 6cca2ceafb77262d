using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace PolicyBot.Bot.Editor;

/// <summary>Who the editor lets in: everyone (Development), signed-in members only, or nobody (no editor).</summary>
/// <summary>The mode this app runs its editor in, worked out once at start.</summary>
public sealed record EditorAccessMode(EditorMode Mode);

public enum EditorMode
{
    Off,
    Open,
    SignIn,
}

/// <summary>
/// The editor's sign-in: OpenID Connect with Entra ID through Microsoft.Identity.Web (section <c>Editor:SignIn</c>,
/// Identity.Web's usual keys), a cookie for the session, and a policy that wants one of the allowed groups or roles.
/// An API call without a session gets 401 (a page gets the sign-in redirect); a signed-in outsider gets 403.
/// </summary>
public static class EditorAccess
{
    public const string Policy = "ContentEditor";

    public const string SignInSection = "Editor:SignIn";

    /// <summary>Who publishes from a Development editor, in the version list and the log.</summary>
    public const string DevelopmentEditor = "development";

    public static EditorMode ModeFor(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.IsDevelopment()) return EditorMode.Open;
        return string.IsNullOrWhiteSpace(configuration[SignInSection + ":ClientId"]) ? EditorMode.Off : EditorMode.SignIn;
    }

    /// <summary>The editor's Entra object id (what the version list and the log keep), or the Development stand-in.</summary>
    public static string EditorId(HttpContext context, EditorMode mode)
    {
        ArgumentNullException.ThrowIfNull(context);
        return mode == EditorMode.Open ? DevelopmentEditor : context.User.GetObjectId() ?? throw new InvalidOperationException("A signed-in editor has no object id claim.");
    }

    public static bool MayEdit(ClaimsPrincipal user, EditorOptions options)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(options);
        var groups = user.FindAll("groups").Select(c => c.Value);
        var roles = user.FindAll("roles").Concat(user.FindAll(ClaimTypes.Role)).Select(c => c.Value);
        return groups.Any(g => options.AllowedGroups.Contains(g, StringComparer.OrdinalIgnoreCase))
            || roles.Any(r => options.AllowedRoles.Contains(r, StringComparer.Ordinal));
    }

    internal static IServiceCollection AddEditorSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EditorOptions>()
            .Validate(o => o.AllowedGroups.Count > 0 || o.AllowedRoles.Count > 0,
                "Editor:SignIn is set but neither Editor:AllowedGroups nor Editor:AllowedRoles names who may edit the content.")
            .ValidateOnStart();
        services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApp(configuration.GetSection(SignInSection));
        // the default schemes: the session cookie authenticates, OpenID Connect challenges, the cookie forbids
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => MayEdit(context.User, ((HttpContext)context.Resource!).RequestServices.GetRequiredService<IOptions<EditorOptions>>().Value)));
        services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            var redirect = options.Events.OnRedirectToIdentityProvider;
            options.Events.OnRedirectToIdentityProvider = async context =>
            {
                // a script's call cannot follow a sign-in page: it hears 401 and the page reloads to sign in
                if (IsApi(context.Request))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.HandleResponse();
                    return;
                }
                await redirect(context);
            };
        });
        services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.Cookie.Name = "PolicyBot.Editor";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Events.OnRedirectToAccessDenied = async context =>
            {
                var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PolicyBot.Bot.Editor");
                logger.EditorForbidden(context.HttpContext.User.GetObjectId() ?? "?");
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                if (IsApi(context.Request)) return;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(ForbiddenPage(context.HttpContext.User.GetObjectId()));
            };
        });
        return services;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/editor/api", StringComparison.Ordinal);

    private static string ForbiddenPage(string? objectId) => $$"""
        <!doctype html>
        <html lang="nl"><head><meta charset="utf-8"><title>PolicyBot: geen toegang / no access</title></head>
        <body style="font: 15px/1.5 'Segoe UI', system-ui, sans-serif; max-width: 40em; margin: 3em auto">
        <h1>Geen toegang tot de content-editor</h1>
        <p>Je bent ingelogd, maar je account hoort niet bij een groep of rol die de content van PolicyBot mag bewerken.
        Vraag de beheerder van de bot om je toe te voegen.</p>
        <h1 lang="en">No access to the content editor</h1>
        <p lang="en">You are signed in, but your account is not in a group or role that may edit PolicyBot's content.
        Ask the bot's administrator to add you.</p>
        <p><small>Object id: {{WebUtility.HtmlEncode(objectId ?? "?")}}</small></p>
        </body></html>
        """;
}
