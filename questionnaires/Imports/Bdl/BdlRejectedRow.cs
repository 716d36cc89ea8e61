namespace Samoocena.Questionnaires.Imports.Bdl;

/// <summary>A result that refuses the upload: file, 1-based position in its <c>results</c>, Polish reason.</summary>
public sealed record BdlRejectedRow(string File, int Index, string Reason);
