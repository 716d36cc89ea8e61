namespace Samoocena.Questionnaires.Imports.Bdl;

/// <summary>
/// One uploaded file of GUS BDL API v1 <c>data/by-variable/{variableId}</c>: the variable, BDL's
/// <c>lastUpdate</c> and the units of <c>results</c> in file order (the pages' results one after another when
/// the file holds several pages).
/// </summary>
public sealed record BdlFile(string Name, int VariableId, string? LastUpdate, IReadOnlyList<BdlUnit> Units);
