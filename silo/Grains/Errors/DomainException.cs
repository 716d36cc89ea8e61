namespace Samoocena.Silo.Grains.Errors;

/// <summary>A rule of the domain refused a request; the message is Polish and meant for people.</summary>
public abstract class DomainException(string message) : Exception(message);

/// <summary>The resource does not exist (404).</summary>
public sealed class NotFoundException(string message) : DomainException(message);

/// <summary>The resource is frozen or changed concurrently (409).</summary>
public sealed class ConflictException(string message) : DomainException(message);

/// <summary>The caller may not do this to this resource (403).</summary>
public sealed class ForbiddenException(string message) : DomainException(message);

/// <summary>Well-formed but invalid input (422), with messages per field.</summary>
public sealed class ValidationException(string message, IReadOnlyDictionary<string, string[]> errors) : DomainException(message)
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public ValidationException(string field, string message) : this(message, new Dictionary<string, string[]> { [field] = [message] })
    {
    }
}

/// <summary>Too many attempts; try again later (429).</summary>
public sealed class TooManyAttemptsException(string message, TimeSpan retryAfter) : DomainException(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
