namespace Samoocena.Questionnaires.Registry;

/// <summary>The peer group selections of methodology §2 (the <c>peers=</c> query value).</summary>
public enum PeerGroupKind
{
    /// <summary>Same category and population class; the whole category when fewer than 5 have a value.</summary>
    Default,
    Category,
    Voivodeship,
    All,
    /// <summary>The unit and its k nearest units by context.</summary>
    Neighbours,
    /// <summary>A programme cohort's members, given by the caller.</summary>
    Cohort,
}
