using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Connector;

namespace PolicyBot.Tests.Reliability;

/// <summary>
/// Keeps a test bot's outbound Connector calls on 127.0.0.1 whatever <c>serviceUrl</c> a mutated activity names:
/// any other host is refused before a DNS lookup or a connection is made.
/// </summary>
public static class LoopbackOnly
{
    public static void Apply(WebApplicationBuilder builder) =>
        builder.Services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                if (!IPAddress.TryParse(context.DnsEndPoint.Host, out var address) || !IPAddress.IsLoopback(address))
                    throw new HttpRequestException($"Test refused a connection to {context.DnsEndPoint.Host}.");
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        });
}
