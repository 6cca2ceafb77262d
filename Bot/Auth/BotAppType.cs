namespace PolicyBot.Bot.Auth;

/// <summary>The Azure Bot's <c>MicrosoftAppType</c>: whose identity the bot's app tokens are issued to.</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}

public static class BotAppTypes
{
    /// <summary>The type named by <paramref name="value"/> (blank = MultiTenant), or null for a name we do not know.</summary>
    public static BotAppType? Parse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? BotAppType.MultiTenant
        : Enum.TryParse<BotAppType>(value.Trim(), ignoreCase: true, out var type) && Enum.IsDefined(type) && !int.TryParse(value, out _) ? type
        : null;
}
