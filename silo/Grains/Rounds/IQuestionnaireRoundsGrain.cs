namespace Samoocena.Silo.Grains.Rounds;

/// <summary>
/// The rounds of one questionnaire, keyed by questionnaire id. A questionnaire without stored rounds has the implicit
/// round <c>1</c> (open, undated, latest definition version): the assessments made before rounds existed. Opening the
/// first other round stores round <c>1</c> with the version then latest. Assessment grains read this grain before every
/// change; it never calls them (no cycles).
/// </summary>
public interface IQuestionnaireRoundsGrain : IGrainWithStringKey
{
    /// <summary>Every round, oldest first (<see cref="QuestionnaireRounds"/>).</summary>
    Task<QuestionnaireRounds> GetAsync();

    /// <summary>
    /// Opens a round, or changes the title and dates of an existing one (its definition version and a manual close
    /// stay). A new round pins the latest definition version. 422 for a bad id, an empty title or closesOn before opensOn.
    /// </summary>
    Task<RoundSaved> PutAsync(string roundId, string title, DateOnly opensOn, DateOnly closesOn, string login, bool demo = false);

    /// <summary>Closes a round by hand from now on; 404 unknown round; 409 when it was already closed by hand.</summary>
    Task<AssessmentRound> CloseAsync(string roundId, string login);
}
