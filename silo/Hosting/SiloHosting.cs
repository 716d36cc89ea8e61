using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using Samoocena.Silo.Caching;
using Samoocena.Silo.Storage;

namespace Samoocena.Silo.Hosting;

/// <summary>
/// The silo co-hosted in the API process. SQLite (embedded default): one node, localhost clustering, grain state in
/// the file through <see cref="SqliteGrainStorage"/>. PostgreSQL: every process with the same database and ClusterId
/// joins one cluster (AdoNet clustering) and keeps grain state through the stock AdoNet provider, its updates
/// group-committed by <see cref="StringKeyGrainStorage"/>.
/// </summary>
public static class SiloHosting
{
    internal const string StockStorageName = "postgres";

    /// <summary>Membership tuned to notice a dead node in about 2 s instead of the default ~15 s (silo/README.md).</summary>
    public static void TuneMembership(ClusterMembershipOptions o)
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(1);
        o.NumMissedProbesLimit = 2;
        o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
        o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(10);
    }

    /// <summary>The Orleans Dashboard is served by this node (<c>SAMOOCENA_DASHBOARD=1</c>).</summary>
    public static bool DashboardEnabled(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        configuration["SAMOOCENA_DASHBOARD"] is "1" or "true";

    /// <summary>Grains with large states that ordinary requests do not read.</summary>
    internal static readonly Type[] RarelyUsedLargeGrains =
        [typeof(Grains.Budget.BudgetGrain), typeof(Grains.Metrics.IndicatorYearGrain)];

    public static IHostApplicationBuilder AddSamoocenaSilo(this IHostApplicationBuilder builder, StorageSettings settings)
    {
        if (settings.UsesPostgres) settings = settings with { ConnectionString = PostgresStatements.WithAutoPrepare(settings.ConnectionString) };
        builder.Services.AddSingleton(settings);
        // One connection factory (one Npgsql data source) for everything of ours that talks to the database.
        var dialect = StorageDialect.For(settings);
        builder.Services.AddSingleton(dialect);
        builder.Services.AddSingleton(new StorageProbe(dialect));
        builder.Services.AddSingleton(new StoredGrainKeys(settings, dialect));
        // Hosted services start in order: the schema first, then the silo, then the upgrade carry-over.
        builder.Services.AddHostedService<SchemaMigration>();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ServiceId = settings.ServiceId;
                o.ClusterId = settings.ClusterId;
            });
            silo.Configure<ClusterMembershipOptions>(TuneMembership);
            // Where other grains live, remembered per node. The default (1,000,000 entries) allocates ~18 MB up front
            // (heap dump); a few thousand grains are active in this application, so 50,000 is ample: an evicted entry
            // costs one directory lookup.
            silo.Configure<GrainDirectoryOptions>(o => o.CacheSize = 50_000);
            // Large states read only by imports, ranking computes and indicator pages (a budget shard: ~1 MB in memory, an
            // indicator-year: ~160 KB; ~45 MB together after the demo data) leave memory after 2 idle minutes instead of
            // Orleans' default 15; the next use reads them again from storage.
            silo.Configure<GrainCollectionOptions>(o =>
            {
                foreach (var type in RarelyUsedLargeGrains) o.ClassSpecificCollectionAge[type.FullName!] = TimeSpan.FromMinutes(2);
            });
            silo.Configure<EndpointOptions>(o =>
            {
                o.AdvertisedIPAddress = settings.AdvertisedAddress;
                o.SiloPort = settings.SiloPort;
                o.GatewayPort = settings.GatewayPort;
            });
            if (settings.UsesPostgres)
            {
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = settings.ConnectionString;
                });
                silo.AddAdoNetGrainStorage(StockStorageName, o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = settings.ConnectionString;
                    o.GrainStorageSerializer = new StateJsonSerializer();
                });
                Orleans.Runtime.Hosting.StorageProviderExtensions.AddGrainStorage(silo.Services,
                    Orleans.Providers.ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
                    (sp, _) => new StringKeyGrainStorage(sp.GetRequiredKeyedService<IGrainStorage>(StockStorageName),
                        settings.ConnectionString, settings.ServiceId));
            }
            else
            {
                silo.UseDevelopmentClustering(new System.Net.IPEndPoint(settings.AdvertisedAddress, settings.SiloPort));
                Orleans.Runtime.Hosting.StorageProviderExtensions.AddGrainStorage(silo.Services,
                    Orleans.Providers.ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
                    (sp, _) => new SqliteGrainStorage(settings, dialect, sp.GetRequiredService<TimeProvider>()));
            }
            // Types of the pure domain (questionnaires) and raw answers cross grain calls as System.Text.Json.
            silo.Services.AddSerializer(s => s.AddJsonSerializer(IsJsonMessage, IsJsonMessage,
                o => o.Configure(c => c.SerializerOptions = StateJsonSerializer.Json)));
            silo.AddIncomingGrainCallFilter<FailedCallDeactivation>();
            // The Orleans Dashboard's data (mapped by the API for admins only, without grain state: api/Hosting/Dashboard.cs),
            // on the nodes started with SAMOOCENA_DASHBOARD=1: it costs memory on every node (its web assets are held in
            // memory, plus a grain-call profiler and counter history) and a cluster-wide management call per sample.
            // No live log stream: log lines may name users and keys. Counters sampled every 5 s rather than every second.
            if (DashboardEnabled(builder.Configuration))
                Orleans.Dashboard.ServiceCollectionExtensions.AddDashboard(silo, o =>
                {
                    o.HideTrace = true;
                    o.CounterUpdateIntervalMs = 5000;
                });
        });
        if (settings.UsesPostgres) builder.Services.AddHostedService<LegacyStateCarrier>();
        builder.Services.AddHostedService<UserDirectoryBackfill>();
        builder.Services.AddHostedService<CohortDirectoryBackfill>();
        builder.Services.AddHostedService<AwardDirectoryBackfill>();
        // Per-node caches of grain facts read on every request, kept correct by cluster-wide change notices.
        builder.Services.AddSingleton<ChangeNotices>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ChangeNotices>());
        builder.Services.AddSingleton<UserSecurityCache>();
        builder.Services.AddSingleton<RoundsCache>();
        builder.Services.AddSingleton<ResultsIndexCache>();
        builder.Services.AddSingleton(sp => new Grains.Audit.AuditPages(
            sp.GetRequiredKeyedService<Orleans.Storage.IGrainStorage>(Orleans.Providers.ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME)));
        return builder;
    }

    private static bool IsJsonMessage(Type type) =>
        type == typeof(JsonElement)
        || type.Namespace?.StartsWith("Samoocena.Questionnaires", StringComparison.Ordinal) == true;
}
