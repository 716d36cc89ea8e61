using Samoocena.LoadTests.Commands;

return args.FirstOrDefault() switch
{
    "load" => await LoadCommand.RunAsync(args[1..]),
    "bench" => BenchCommand.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Użycie:
          dotnet run -c Release --project loadtests -- load [--storage sqlite|postgres] [--duration 60] [--rate 1000]
              [--connections 64] [--closed-duration 15] [--users 100] [--out loadtests/reports] [--skip-wrk]
          dotnet run -c Release --project loadtests -- bench [--filter *]
        """);
    return 2;
}
