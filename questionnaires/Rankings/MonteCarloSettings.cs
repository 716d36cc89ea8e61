namespace Samoocena.Questionnaires.Rankings;

/// <summary>Parameters of the robustness analysis of methodology §4.</summary>
public sealed record MonteCarloSettings(int Replicas, int Seed, double WeightFactorMin, double WeightFactorMax, double ZScoreProbability);
