using System.Text;

namespace Samoocena.Tests.Reliability;

/// <summary>The hostile requests sent to every endpoint: bodies, route values and uploads.</summary>
public static class HostileInput
{
    private static readonly string Huge = new('x', 1_000_000);

    /// <summary>JSON bodies (name, raw text). Every one is either malformed, of the wrong shape, or out of range.</summary>
    public static IReadOnlyList<(string Name, string Body)> JsonBodies { get; } =
    [
        ("malformed", "{\"answers\": {"),
        ("empty", ""),
        ("array", "[]"),
        ("string", "\"text\""),
        ("null", "null"),
        ("deep-nesting", string.Concat(Enumerable.Repeat("{\"a\":", 300)) + "1" + new string('}', 300)),
        ("deep-array", new string('[', 5000) + new string(']', 5000)),
        ("huge-strings", $$"""{"login":"{{Huge}}","password":"{{Huge}}","name":"{{Huge}}","title":"{{Huge}}","answers":{"T1.1":"{{Huge}}"},"values":{"EDU_01":"{{Huge}}"},"members":["{{Huge}}"]}"""),
        ("wrong-types", """{"answers":5,"values":"x","members":"x","criteria":3,"nominees":{},"jurors":7,"categories":"c","login":5,"password":true,"role":[],"name":{},"title":[]}"""),
        ("unknown-fields-only", """{"zzz":1,"__proto__":{"admin":true}}"""),
        ("nan-and-infinity", """{"answers":{"T1.1":"NaN"},"values":{"EDU_01":"NaN","EDU_02":"Infinity"}}"""),
        ("number-overflow", """{"answers":{"T1.1":1e400},"values":{"EDU_01":1e400},"c1":1e400}"""),
        ("negative-numbers", """{"answers":{"T1.1":-1},"values":{"EDU_01":-5},"c1":-3,"members":[-1]}"""),
        ("invalid-teryt", """{"members":["abc","0000000","99999999"],"teryt":"12","nominees":[{"id":"n","category":"c","teryt":"x","name":"n"}]}"""),
        ("bad-unicode", "{\"name\":\"\\ud800\",\"title\":\"\\uDFFF\"}"),
    ];

    /// <summary>Route values that are not what the route expects.</summary>
    public static IReadOnlyList<string> RouteValues { get; } =
        ["abc", "0000000", "14650119", "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3E", new string('9', 3000), "1465011'--", "%F0%9F%98%80", "-1", "NaN"];

    /// <summary>Uploads (name, bytes, file name) for multipart endpoints.</summary>
    public static IReadOnlyList<(string Name, byte[] Content, string FileName)> Uploads { get; } =
    [
        ("non-utf8-csv", [0x74, 0x65, 0x72, 0x79, 0x74, 0x3B, 0xFF, 0xFE, 0x0A, 0xC3, 0x28, 0x0A], "dane.csv"),
        ("formula-injection-csv", Encoding.UTF8.GetBytes("teryt;year;indicatorId;value;dzial;rozdzial;paragraf;amount\n=HYPERLINK(\"http://x\",\"y\");2024;=1+1;@SUM(A1);=cmd|' /C calc'!A0;1;2;3\n"), "dane.csv"),
        ("empty-file", [], "dane.csv"),
        ("not-a-zip-xlsx", Encoding.UTF8.GetBytes("PK\u0003\u0004 this is not a workbook"), "dane.xlsx"),
        ("binary-garbage", Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256)).ToArray(), "dane.csv"),
        ("oversized", new byte[2 * 1024 * 1024 + 1], "duzy.csv"),
    ];
}
