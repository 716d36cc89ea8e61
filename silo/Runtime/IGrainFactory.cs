namespace Orleans;

/// <summary>Gives references to grains; activation happens on the first call (mirrors Orleans.IGrainFactory).</summary>
public interface IGrainFactory
{
    TGrainInterface GetGrain<TGrainInterface>(string primaryKey) where TGrainInterface : IGrainWithStringKey;

    TGrainInterface GetGrain<TGrainInterface>(long primaryKey) where TGrainInterface : IGrainWithIntegerKey;
}
