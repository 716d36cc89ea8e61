namespace Samoocena.Api.Imports;

/// <summary>An uploaded file that cannot be read as a table; the message is in Polish and meant for the uploader.</summary>
public sealed class TabularFileException(string message) : Exception(message);
