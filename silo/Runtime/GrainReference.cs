using System.Collections.Concurrent;
using System.Reflection;

namespace Orleans.Runtime;

/// <summary>
/// The proxy behind a grain interface: every call is queued on the grain's activation. Grain
/// interface methods return <see cref="Task"/> or <see cref="Task{TResult}"/>, as in Orleans.
/// </summary>
public class GrainReference : DispatchProxy
{
    private static readonly ConcurrentDictionary<MethodInfo, Func<GrainReference, MethodInfo, object?[]?, object>> Dispatchers = new();
    private static readonly MethodInfo InvokeTypedMethod =
        typeof(GrainReference).GetMethod(nameof(InvokeTyped), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private GrainRuntime _runtime = null!;
    private Type _interface = null!;

    public GrainId GrainId { get; private set; }

    internal void Bind(GrainRuntime runtime, GrainId id, Type grainInterface)
    {
        _runtime = runtime;
        GrainId = id;
        _interface = grainInterface;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return Dispatchers.GetOrAdd(targetMethod, CreateDispatcher)(this, targetMethod, args);
    }

    private static Func<GrainReference, MethodInfo, object?[]?, object> CreateDispatcher(MethodInfo method)
    {
        var rt = method.ReturnType;
        if (rt == typeof(Task))
            return (self, m, a) => self.InvokeTyped<bool>(m, a, discardResult: true);
        if (rt.IsGenericType && rt.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var typed = InvokeTypedMethod.MakeGenericMethod(rt.GetGenericArguments()[0]);
            return (self, m, a) => typed.Invoke(self, [m, a, false])!;
        }
        throw new NotSupportedException($"Grain method {method.DeclaringType?.Name}.{method.Name} must return Task or Task<T>.");
    }

    private Task InvokeTyped<T>(MethodInfo method, object?[]? args, bool discardResult)
    {
        var task = _runtime.InvokeAsync(GrainId, _interface, async grain =>
        {
            var result = Call(method, grain, args);
            if (discardResult)
            {
                await result.ConfigureAwait(false);
                return default(T)!;
            }
            return await ((Task<T>)result).ConfigureAwait(false);
        });
        return task;
    }

    private static Task Call(MethodInfo method, Grain grain, object?[]? args)
    {
        try
        {
            return (Task)method.Invoke(grain, args)!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }
}
