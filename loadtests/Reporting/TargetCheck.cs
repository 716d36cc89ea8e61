namespace Samoocena.LoadTests.Reporting;

/// <summary>One target of issue 9 with its measured figure; <see cref="Met"/> null when it could not be measured.</summary>
public sealed record TargetCheck(string Name, string Target, string Measured, bool? Met)
{
    public string Verdict => Met switch { true => "met", false => "MISSED", null => "not measured" };
}
