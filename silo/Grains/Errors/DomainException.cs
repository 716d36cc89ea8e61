namespace Samoocena.Silo.Grains.Errors;

/// <summary>
/// A rule of the domain refused a request; the message is Polish and meant for people. Serializable, so a refusal
/// raised on one node reaches a client of another node as the same status and message.
/// </summary>
[GenerateSerializer]
public abstract class DomainException : Exception
{
    protected DomainException(string message) : base(message)
    {
    }
}

/// <summary>The resource does not exist (404).</summary>
[GenerateSerializer, Alias("samoocena.not-found")]
public sealed class NotFoundException(string message) : DomainException(message);

/// <summary>The resource is frozen or changed concurrently (409).</summary>
[GenerateSerializer, Alias("samoocena.conflict")]
public sealed class ConflictException(string message) : DomainException(message);

/// <summary>The caller may not do this to this resource (403).</summary>
[GenerateSerializer, Alias("samoocena.forbidden")]
public sealed class ForbiddenException(string message) : DomainException(message);

/// <summary>Well-formed but invalid input (422), with messages per field.</summary>
[GenerateSerializer, Alias("samoocena.validation")]
public sealed class ValidationException(string message, IReadOnlyDictionary<string, string[]> errors) : DomainException(message)
{
    [Id(0)]
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = errors;

    public ValidationException(string field, string message) : this(message, new Dictionary<string, string[]> { [field] = [message] })
    {
    }
}

/// <summary>Too many attempts; try again later (429).</summary>
[GenerateSerializer, Alias("samoocena.too-many-attempts")]
public sealed class TooManyAttemptsException(string message, TimeSpan retryAfter) : DomainException(message)
{
    [Id(0)]
    public TimeSpan RetryAfter { get; private set; } = retryAfter;
}
