using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Orleans.Runtime;

/// <summary>
/// The proxy behind a grain interface: every call is queued on the grain's activation. Grain
/// interface methods return <see cref="Task"/> or <see cref="Task{TResult}"/>, as in Orleans. Each method
/// gets a compiled invoker once (no reflection per call).
/// </summary>
public class GrainReference : DispatchProxy
{
    private static readonly ConcurrentDictionary<MethodInfo, Func<GrainReference, object?[]?, object>> Dispatchers = new();

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
        return Dispatchers.GetOrAdd(targetMethod, CreateDispatcher)(this, args);
    }

    private static Func<GrainReference, object?[]?, object> CreateDispatcher(MethodInfo method)
    {
        var rt = method.ReturnType;
        var call = CompileCall(method);
        if (rt == typeof(Task))
            return (self, args) => self._runtime.InvokeAsync<bool>(self.GrainId, self._interface, async grain =>
            {
                await call(grain, args).ConfigureAwait(false);
                return true;
            });
        if (rt.IsGenericType && rt.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var typed = typeof(GrainReference).GetMethod(nameof(CreateTyped), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(rt.GetGenericArguments()[0]);
            return (Func<GrainReference, object?[]?, object>)typed.Invoke(null, [call])!;
        }
        throw new NotSupportedException($"Grain method {method.DeclaringType?.Name}.{method.Name} must return Task or Task<T>.");
    }

    private static Func<GrainReference, object?[]?, object> CreateTyped<T>(Func<Grain, object?[]?, Task> call) =>
        (self, args) => self._runtime.InvokeAsync(self.GrainId, self._interface, grain => (Task<T>)call(grain, args));

    /// <summary>(grain, args) => ((TInterface)grain).Method((T0)args[0], …), compiled once per method.</summary>
    private static Func<Grain, object?[]?, Task> CompileCall(MethodInfo method)
    {
        var grain = Expression.Parameter(typeof(Grain), "grain");
        var args = Expression.Parameter(typeof(object[]), "args");
        var parameters = method.GetParameters().Select((p, i) =>
            (Expression)Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType));
        var body = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, parameters);
        return Expression.Lambda<Func<Grain, object?[]?, Task>>(Expression.Convert(body, typeof(Task)), grain, args).Compile();
    }
}
