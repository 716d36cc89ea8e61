using System.Net;
using System.Net.Sockets;

namespace Samoocena.LoadTests.Hosting;

/// <summary>
/// Ports for the servers a load test starts (API nodes, silo and gateway ports, PostgreSQL), taken below the kernel's
/// range for outgoing connections. A port the kernel hands out for a bind to port 0 lies inside that range: released
/// and given to a node a moment later, it could already be the local end of another node's outgoing connection
/// (seen 2026-12-02: node B's HTTP port was node A's silo connection, "address already in use"). Ports are handed out
/// in turn from a random start, so that one process (a test run starts hundreds of silos in parallel) never gets the
/// same port twice before it binds it.
/// </summary>
public static class LoopbackPorts
{
    private const int Lowest = 20_000;

    private static readonly int Count = OutgoingRangeStart() - Lowest;
    private static int _next = Random.Shared.Next(Count);

    /// <summary>A loopback port nothing listens on, outside the outgoing range.</summary>
    public static int Free()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Lowest + (int)((uint)Interlocked.Increment(ref _next) % (uint)Count);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // In use: try another.
            }
        }
        throw new InvalidOperationException($"Brak wolnego portu między {Lowest} a {Lowest + Count - 1}.");
    }

    /// <summary>The first port of the kernel's ephemeral range (Linux: /proc/sys/net/ipv4/ip_local_port_range), else 32768.</summary>
    private static int OutgoingRangeStart()
    {
        const string range = "/proc/sys/net/ipv4/ip_local_port_range";
        if (File.Exists(range) && int.TryParse(File.ReadAllText(range).Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0], out var start)
            && start > Lowest + 1_000)
            return start;
        return 32_768;
    }
}
