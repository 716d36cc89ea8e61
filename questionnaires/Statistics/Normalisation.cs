namespace Samoocena.Questionnaires.Statistics;

/// <summary>How indicator values are made comparable before weighting (methodology §4).</summary>
public enum Normalisation
{
    /// <summary>(x − min)/(max − min), reversed for a destimulant; 1 for all when max = min.</summary>
    MinMax,

    /// <summary>(x − mean)/sd with the population sd, negated for a destimulant; 0 for all when sd = 0.</summary>
    ZScore,
}
