using System.Globalization;
using Samoocena.Questionnaires.Awards;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Audit;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Silo.Grains.Awards;

[GrainType("AwardGrain")]
public sealed class AwardGrain(
    [PersistentState("award")] IPersistentState<AwardState> state,
    TimeProvider time,
    AuditPages auditPages) : Grain, IAwardGrain
{
    /// <summary>Shown instead of score values in the audit trail while the vote is open.</summary>
    internal const string Hidden = "(ukryte do zamknięcia głosowania)";

    private const string ScoreAction = "score.set";

    /// <summary>
    /// Entries per sealed audit page. Every score saved writes the whole state; with the trail in it a juror's save grew
    /// with the edition's history (wrk juror step: 5–8 ms of CPU per save). Pages keep each write bounded, as for
    /// assessments.
    /// </summary>
    public const int AuditPageSize = 50;

    private AwardState S => state.State;

    /// <summary>Editions stored before the award directory existed join it the first time they are used.</summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Editions stored before the flag existed have their scores' entries in the tail (written with the next change).
        S.ScoringStarted |= S.Audit.Any(e => e.Action == ScoreAction);
        if (S.Definition is not null) await ListAsync();
    }

    private Task ListAsync() =>
        GrainFactory.GetGrain<AwardDirectory.IAwardDirectoryGrain>(AwardDirectory.AwardDirectoryGrain.Key).AddAsync(this.GetPrimaryKeyString());

    Task<AwardEdition?> IAwardGrain.GetAsync() =>
        Task.FromResult(S.Definition is { } d ? new AwardEdition(d, S.ScoringStarted, S.Closure?.ClosedAt) : null);

    async Task<AwardEdition> IAwardGrain.DefineAsync(AwardDefinition definition, string user)
    {
        var id = this.GetPrimaryKeyString();
        if (definition.Id != id)
            throw new ValidationException("id", $"Definicja dotyczy nagrody '{definition.Id}', a adres nagrody '{id}'.");
        var errors = definition.Validate();
        if (errors.Count > 0)
            throw new ValidationException($"Definicja nagrody '{id}' jest niepoprawna: {string.Join(" ", errors)}",
                new Dictionary<string, string[]> { ["definition"] = errors.ToArray() });
        if (S.Closure is not null)
            throw new ConflictException($"Głosowanie w nagrodzie '{id}' zostało zamknięte {S.Closure.ClosedAt:yyyy-MM-dd HH:mm} UTC; definicji nie można już zmienić.");
        var old = S.Definition;
        if (old is not null && S.ScoringStarted && FrozenChange(old, definition) is { } what)
            throw new ConflictException($"Ocenianie w nagrodzie '{id}' już się rozpoczęło, więc nie można {what}. " +
                "Można zmienić tylko tytuł i nazwy kategorii oraz dodać jurorów.");

        var stored = definition with { Version = (old?.Version ?? 0) + 1 };
        S.Definition = stored;
        S.Audit.Add(new AuditEntry(time.GetUtcNow(), user, old is null ? "define" : "redefine", id,
            old is null ? null : Summary(old), Summary(stored)));
        await CommitAsync();
        if (old is null) await ListAsync();
        return new AwardEdition(stored, S.ScoringStarted, null);
    }

    async Task<JurorSheet> IAwardGrain.ScoreAsync(string juror, string nomineeId, IReadOnlyDictionary<string, int?> scores)
    {
        var award = Defined();
        var member = Juror(award, juror);
        if (S.Closure is not null)
            throw new ConflictException($"Głosowanie w nagrodzie '{award.Id}' zostało zamknięte {S.Closure.ClosedAt:yyyy-MM-dd HH:mm} UTC; ocen nie można już zmieniać.");
        var nominee = award.Nominees.FirstOrDefault(n => n.Id == nomineeId)
            ?? throw new NotFoundException($"Nagroda '{award.Id}' nie ma nominacji '{nomineeId}'.");
        if (HasConflict(member, nominee))
            throw new ForbiddenException(ConflictMessage(member, nominee));
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (criterion, score) in scores)
        {
            if (!award.Criteria.Any(c => c.Id == criterion))
                errors[$"scores.{criterion}"] = [$"Nieznane kryterium oceny '{criterion}'. Kryteria tej nagrody: {string.Join(", ", award.Criteria.Select(c => c.Id))}."];
            else if (score is < AwardResults.MinScore or > AwardResults.MaxScore)
                errors[$"scores.{criterion}"] = [$"Ocena za kryterium '{criterion}' musi być liczbą całkowitą od 0 do 10, jest {score}."];
        }
        if (errors.Count > 0)
            throw new ValidationException("Nie zapisano ocen: popraw wskazane kryteria.", errors);

        if (!S.Scores.TryGetValue(juror, out var sheets)) S.Scores[juror] = sheets = new(StringComparer.Ordinal);
        if (!sheets.TryGetValue(nomineeId, out var sheet)) sheets[nomineeId] = sheet = new(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        foreach (var (criterion, score) in scores)
        {
            int? before = sheet.TryGetValue(criterion, out var b) ? b : null;
            if (before == score) continue;
            if (score is { } s) sheet[criterion] = s;
            else sheet.Remove(criterion);
            S.Audit.Add(new AuditEntry(now, juror, ScoreAction, $"{nomineeId}/{criterion}", Text(before), Text(score)));
            S.ScoringStarted = true;
        }
        if (sheet.Count == 0) sheets.Remove(nomineeId);
        await CommitAsync();
        return Copy(juror, nomineeId, sheet);
    }

    Task<IReadOnlyList<JurorSheet>> IAwardGrain.SheetsOfAsync(string juror)
    {
        var award = Defined();
        Juror(award, juror);
        IReadOnlyList<JurorSheet> sheets = award.Nominees
            .Where(n => S.Scores.GetValueOrDefault(juror)?.ContainsKey(n.Id) == true)
            .Select(n => Copy(juror, n.Id, S.Scores[juror][n.Id]))
            .ToArray();
        return Task.FromResult(sheets);
    }

    Task<AwardProgress> IAwardGrain.GetProgressAsync()
    {
        var award = Defined();
        var jurors = award.Jurors.Select(j =>
        {
            var mine = S.Scores.GetValueOrDefault(j.Login);
            var nominees = award.Nominees.ToDictionary(n => n.Id, n =>
                HasConflict(j, n) ? AwardJurorProgress.Conflict
                : mine?.GetValueOrDefault(n.Id) is not { Count: > 0 } sheet ? AwardJurorProgress.None
                : award.Criteria.All(c => sheet.ContainsKey(c.Id)) ? AwardJurorProgress.Complete
                : AwardJurorProgress.Incomplete, StringComparer.Ordinal);
            return new AwardJurorProgress(j.Login, j.Teryt,
                nominees.Values.Count(v => v == AwardJurorProgress.Complete),
                nominees.Values.Count(v => v == AwardJurorProgress.Incomplete),
                nominees.Values.Count(v => v == AwardJurorProgress.None),
                nominees);
        }).ToArray();
        return Task.FromResult(new AwardProgress(S.Closure is not null, jurors));
    }

    async Task<AwardClosure> IAwardGrain.CloseAsync(string user)
    {
        var award = Defined();
        if (S.Closure is { } closed)
            throw new ConflictException($"Głosowanie w nagrodzie '{award.Id}' zostało już zamknięte {closed.ClosedAt:yyyy-MM-dd HH:mm} UTC przez '{closed.ClosedBy}'.");
        var now = time.GetUtcNow();
        var results = AwardResults.Compute(award, AllSheets(award));
        S.Closure = new AwardClosure(now, user, award.Version, results, Samoocena.Questionnaires.Statistics.Scores.MethodVersion);
        S.Audit.Add(new AuditEntry(now, user, "close", award.Id, null,
            $"{results.Sum(r => r.Rows.Count(x => x.Place is not null))} nominacji z miejscem"));
        await CommitAsync();
        return S.Closure;
    }

    Task<AwardClosure> IAwardGrain.GetResultsAsync()
    {
        var award = Defined();
        return S.Closure is { } closure
            ? Task.FromResult(closure)
            : throw new ForbiddenException($"Wyniki nagrody '{award.Id}' są tajne do zamknięcia głosowania przez koordynatora.");
    }

    async Task<AwardAudit> IAwardGrain.GetAuditAsync()
    {
        var award = Defined();
        var open = S.Closure is null;
        var entries = (await auditPages.ReadAsync(PagesOwner, S.AuditPages)).Concat(S.Audit)
            .Select(e => open && e.Action == ScoreAction
                ? e with { OldValue = e.OldValue is null ? null : Hidden, NewValue = e.NewValue is null ? null : Hidden }
                : e)
            .ToArray();
        return new AwardAudit(entries, open ? null : AllSheets(award).ToArray(), S.Closure);
    }

    /// <summary>Award pages share the assessments' rows, keyed <c>award:&lt;id&gt;/&lt;page&gt;</c> (no questionnaire id has a colon).</summary>
    private string PagesOwner => $"award:{this.GetPrimaryKeyString()}";

    /// <summary>Seals a full audit page (first, so a failed state write only rewrites the same page), then writes the state.</summary>
    private async Task CommitAsync()
    {
        if (S.Audit.Count >= AuditPageSize)
        {
            await auditPages.StoreAsync(PagesOwner, S.AuditPages, S.Audit);
            S.AuditPages++;
            S.Audit = [];
        }
        await state.WriteStateAsync();
    }

    private AwardDefinition Defined() =>
        S.Definition ?? throw new NotFoundException($"Nie ma nagrody '{this.GetPrimaryKeyString()}'.");

    private static AwardJuror Juror(AwardDefinition award, string login) =>
        award.Jurors.FirstOrDefault(j => j.Login == login)
        ?? throw new ForbiddenException($"Użytkownik '{login}' nie jest jurorem nagrody '{award.Id}'.");

    private static bool HasConflict(AwardJuror juror, AwardNominee nominee) =>
        juror.Teryt is not null && juror.Teryt == nominee.Teryt;

    private static string ConflictMessage(AwardJuror juror, AwardNominee nominee)
    {
        var municipality = MunicipalityRegistry.Load().Find(juror.Teryt!) is { } m ? $"{m.Name} (TERYT {m.Teryt})" : $"o kodzie TERYT {juror.Teryt}";
        return $"Konflikt interesów: juror '{juror.Login}' jest powiązany z gminą {municipality}, " +
            $"a nominacja '{nominee.Id}' ({nominee.Name}) dotyczy tej gminy, więc juror nie może jej oceniać.";
    }

    /// <summary>What a redefinition would change that the scores already given depend on, or null.</summary>
    private static string? FrozenChange(AwardDefinition old, AwardDefinition next)
    {
        if (!old.Criteria.SequenceEqual(next.Criteria)) return "zmienić kryteriów ani ich wag";
        if (!old.Nominees.SequenceEqual(next.Nominees)) return "zmienić listy nominacji";
        if (!old.Categories.Select(c => c.Id).SequenceEqual(next.Categories.Select(c => c.Id))) return "zmienić listy kategorii";
        var removed = old.Jurors.Where(j => !next.Jurors.Contains(j)).Select(j => j.Login).ToArray();
        if (removed.Length > 0) return $"usunąć jurorów ani zmienić ich gmin ({string.Join(", ", removed)})";
        return null;
    }

    private IEnumerable<JurorSheet> AllSheets(AwardDefinition award) =>
        from j in award.Jurors
        where S.Scores.ContainsKey(j.Login)
        from n in award.Nominees
        where S.Scores[j.Login].ContainsKey(n.Id)
        select Copy(j.Login, n.Id, S.Scores[j.Login][n.Id]);

    private static JurorSheet Copy(string juror, string nomineeId, Dictionary<string, int> scores) =>
        new(juror, nomineeId, new Dictionary<string, int>(scores, StringComparer.Ordinal));

    private static string Summary(AwardDefinition d) =>
        $"v{d.Version} '{d.Title}': {d.Categories.Count} kat., {d.Criteria.Count} kryt., {d.Nominees.Count} nomin., {d.Jurors.Count} jur.";

    private static string? Text(int? score) => score?.ToString(CultureInfo.InvariantCulture);
}
