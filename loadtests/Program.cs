using Samoocena.LoadTests.Commands;

namespace Samoocena.LoadTests;

/// <summary>Entry point: <c>load</c> (the HTTP load test) or <c>bench</c> (BenchmarkDotNet). Named, not top-level, so it never clashes with the API's global Program.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "load" => await LoadCommand.RunAsync(args[1..]),
        "cluster" => await ClusterCommand.RunAsync(args[1..]),
        "bench" => BenchCommand.Run(args[1..]),
        "loop" => ProfileLoopCommand.Run(args[1..]),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("""
            Użycie:
              dotnet run -c Release --project loadtests -- load [--storage sqlite|postgres] [--duration 60] [--rate 1000]
                  [--connections 64] [--closed-duration 15] [--users 64] [--out loadtests/reports] [--skip-wrk]
              dotnet run -c Release --project loadtests -- cluster [--rate 400] [--duration 30] [--users 32] [--api-dir api/bin/Release/net10.0] [--out loadtests/reports]
              dotnet run -c Release --project loadtests -- bench [--filter *]
            """);
        return 2;
    }
}
