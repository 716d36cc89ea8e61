namespace Samoocena.Questionnaires.Imports.Bdl;

/// <summary>A BDL unit that is not a gmina of the register (BDL id and name as sent, Polish reason); it does not refuse the upload.</summary>
public sealed record BdlSkippedUnit(string Id, string Name, string Reason);
