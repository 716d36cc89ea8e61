using Samoocena.Questionnaires.Registry;

namespace Samoocena.Questionnaires.Rankings;

/// <summary>
/// Budget lines of one edition's window aggregated into the Green Finance indicators G1..G5 (methodology §5).
/// Pure and allocation-free per line: classification lookups are arrays indexed by the integer codes and sums
/// are kept in grosze per unit, so millions of lines take milliseconds.
/// </summary>
/// <remarks>
/// Decisions the methodology leaves open, applied here and stated in the exports:
/// current (non-capital) expenditure is every line whose paragraf is not capital by the definition's
/// prefixes (so other 6xxx paragraphs, e.g. 6230 grants, count as current); a non-positive denominator
/// makes a share missing (G1: capital expenditure ≤ 0, G3: current expenditure ≤ 0, G4: green capital
/// expenditure ≤ 0); G2 is missing only when the population is unknown; G5 is never missing.
/// Lines outside the window are ignored; lines of a TERYT absent from the registry are counted, not used.
/// </remarks>
public sealed record GreenFinanceInputs(RankingEdition Edition, IReadOnlyList<GreenFinanceUnit> Units, int LinesUsed, int LinesOfUnknownUnits)
{
    private const int Current = 0, Capital = 1, ExternalCapital = 2;

    /// <inheritdoc cref="Compute(RankingDefinition, int, ReadOnlySpan{BudgetLine}, MunicipalityRegistry)"/>
    public static GreenFinanceInputs Compute(RankingDefinition definition, int edition, IEnumerable<BudgetLine> lines, MunicipalityRegistry registry)
    {
        var acc = new Accumulator(definition, definition.Edition(edition), registry);
        if (lines is BudgetLine[] array) acc.AddAll(array);
        else foreach (var line in lines) acc.Add(in line);
        return acc.Result();
    }

    /// <summary>Aggregates the lines of the edition's window per unit and derives G1..G5; units without a line are absent.</summary>
    public static GreenFinanceInputs Compute(RankingDefinition definition, int edition, ReadOnlySpan<BudgetLine> lines, MunicipalityRegistry registry)
    {
        var acc = new Accumulator(definition, definition.Edition(edition), registry);
        acc.AddAll(lines);
        return acc.Result();
    }

    private sealed class Accumulator
    {
        private readonly RankingEdition _edition;
        private readonly MunicipalityRegistry _registry;
        private readonly Dictionary<int, int> _unitOf;
        private readonly bool[] _green = new bool[100_000];
        private readonly byte[] _kind = new byte[10_000];
        private readonly int _years;
        private readonly long[] _capex, _greenCapex, _current, _greenCurrent, _externalGreen, _greenCapexByYear;
        private readonly bool[] _present;
        private int _used, _unknown, _lastTeryt = -1, _lastUnit = -1;

        public Accumulator(RankingDefinition d, RankingEdition edition, MunicipalityRegistry registry)
        {
            _edition = edition;
            _registry = registry;
            _years = edition.Years;
            var n = registry.All.Count;
            _unitOf = new Dictionary<int, int>(n);
            for (var i = 0; i < n; i++) _unitOf[BudgetLine.TerytNumber(registry.All[i].Teryt)] = i;
            foreach (var r in d.GreenRozdzialy) _green[int.Parse(r, System.Globalization.CultureInfo.InvariantCulture)] = true;
            foreach (var prefix in d.CapitalParagraphPrefixes)
            {
                var p = int.Parse(prefix, System.Globalization.CultureInfo.InvariantCulture) * 10;
                for (var x = 0; x < 10; x++) _kind[p + x] = d.ExternalFundingFourthDigits.Contains(x) ? (byte)ExternalCapital : (byte)Capital;
            }
            _capex = new long[n];
            _greenCapex = new long[n];
            _current = new long[n];
            _greenCurrent = new long[n];
            _externalGreen = new long[n];
            _greenCapexByYear = new long[n * _years];
            _present = new bool[n];
        }

        public void AddAll(ReadOnlySpan<BudgetLine> lines)
        {
            foreach (ref readonly var line in lines) Add(in line);
        }

        public void Add(in BudgetLine line)
        {
            var y = line.Year - _edition.FirstYear;
            if (y < 0 || y >= _years) return;
            int u;
            if (line.Teryt == _lastTeryt) u = _lastUnit;
            else if (_unitOf.TryGetValue(line.Teryt, out u)) (_lastTeryt, _lastUnit) = (line.Teryt, u);
            else
            {
                _unknown++;
                return;
            }
            if (line.Rozdzial < 0 || line.Rozdzial >= _green.Length || line.Paragraf < 0 || line.Paragraf >= _kind.Length)
                throw new ArgumentException(
                    $"Niepoprawna klasyfikacja budżetowa w wierszu {line.TerytCode}/{line.Year}: rozdział {line.Rozdzial}, paragraf {line.Paragraf}.");
            _used++;
            _present[u] = true;
            var green = _green[line.Rozdzial];
            var amount = line.Grosze;
            if (_kind[line.Paragraf] == Current)
            {
                _current[u] += amount;
                if (green) _greenCurrent[u] += amount;
                return;
            }
            _capex[u] += amount;
            if (!green) return;
            _greenCapex[u] += amount;
            _greenCapexByYear[u * _years + y] += amount;
            if (_kind[line.Paragraf] == ExternalCapital) _externalGreen[u] += amount;
        }

        public GreenFinanceInputs Result()
        {
            var units = new List<GreenFinanceUnit>();
            for (var u = 0; u < _present.Length; u++)
            {
                if (!_present[u]) continue;
                var m = _registry.All[u];
                var years = 0;
                for (var y = 0; y < _years; y++)
                    if (_greenCapexByYear[u * _years + y] > 0) years++;
                long capex = _capex[u], greenCapex = _greenCapex[u], current = _current[u], greenCurrent = _greenCurrent[u];
                units.Add(new GreenFinanceUnit(
                    m.Teryt, m.Name, m.Category, m.Population,
                    Pln(capex), Pln(greenCapex), Pln(current), Pln(greenCurrent), Pln(_externalGreen[u]), years,
                    G1: capex > 0 ? (double)greenCapex / capex : null,
                    G2: m.Population is > 0 and var pop ? greenCapex / 100.0 / pop / _years : null,
                    G3: current > 0 ? (double)greenCurrent / current : null,
                    G4: greenCapex > 0 ? (double)_externalGreen[u] / greenCapex : null,
                    G5: (double)years / _years));
            }
            return new GreenFinanceInputs(_edition, units, _used, _unknown);
        }

        private static decimal Pln(long grosze) => grosze / 100m;
    }
}
