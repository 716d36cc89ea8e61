namespace Samoocena.Questionnaires.Imports.Bdl;

/// <summary>
/// An upload that cannot be read or placed as a whole (not JSON, not the BDL shape, several variables, no
/// indicator); the Polish message is meant for the coordinator, <see cref="Field"/> names the request part and
/// <see cref="TooLarge"/> tells an upload over the limits from a malformed one.
/// </summary>
public sealed class BdlImportException(string field, string message, bool tooLarge = false) : Exception(message)
{
    public string Field { get; } = field;

    public bool TooLarge { get; } = tooLarge;
}
