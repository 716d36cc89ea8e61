using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Reliability;

/// <summary>The state the group-commit tests of both databases write through grain storage and read back.</summary>
internal static class GroupCommitProbe
{
    public const string StateName = "groupCommitProbe";
    public const string ProbeGrainType = "groupcommitprobe";

    public sealed class ProbeState
    {
        public int Value { get; set; }

        public string Text { get; set; } = "";
    }

    /// <summary>The silo's default grain storage (SQLite's own, or PostgreSQL's group-committing wrapper).</summary>
    public static IGrainStorage DefaultStorage(SiloHarness silo) =>
        silo.Services.GetRequiredKeyedService<IGrainStorage>(Orleans.Providers.ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);

    public static GrainId Id(string key) => GrainId.Create(ProbeGrainType, key);

    public static GrainState<ProbeState> New(int value, string text) => new(new ProbeState { Value = value, Text = text });

    public static async Task<GrainState<ProbeState>> ReadAsync(IGrainStorage storage, GrainId id)
    {
        var state = new GrainState<ProbeState>();
        await storage.ReadStateAsync(StateName, id, state);
        return state;
    }
}
