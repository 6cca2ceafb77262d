namespace PolicyBot.Bot.Protocol;

/// <summary>Values of <c>deliveryMode</c> (PROTOCOL.md §1.5).</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
}
