using System.Net;
using System.Net.Sockets;
using Samoocena.LoadTests.Hosting;

namespace Samoocena.Tests.LoadTests;

/// <summary>The load tests' servers get ports that no outgoing connection can be holding.</summary>
public sealed class LoopbackPortsTests
{
    [Fact]
    public void A_free_port_lies_below_the_kernels_range_for_outgoing_connections_and_can_be_listened_on()
    {
        var outgoingStart = int.Parse(File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split('\t', ' ')[0]);

        var port = LoopbackPorts.Free();

        port.Should().BeInRange(20_000, outgoingStart - 1);
        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        ((IPEndPoint)listener.LocalEndpoint).Port.Should().Be(port);
    }
}
