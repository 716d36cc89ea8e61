namespace Samoocena.Questionnaires.Definitions;

/// <summary>A band of a scored <c>number</c> question: values from <see cref="From"/> upwards score <see cref="Level"/>.</summary>
public sealed record NumberBand
{
    public double From { get; init; }

    public int Level { get; init; }
}
