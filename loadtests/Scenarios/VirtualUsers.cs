using Samoocena.Silo.Grains.Users;

namespace Samoocena.LoadTests.Scenarios;

/// <summary>
/// The accounts the scenarios act as: one JST user per loaded gmina (so many assessment grains are hot at once)
/// and one coordinator, each with a token obtained once at setup.
/// </summary>
public sealed record VirtualUsers(string AdminToken, string CoordinatorToken, IReadOnlyList<(string Teryt, string Token)> Jst)
{
    public const string Password = "obciazenie-2025";

    /// <summary>
    /// Creates <paramref name="count"/> JST users for gminas spread evenly over the registry (TERYT order) through
    /// POST /api/users. Their tokens come from <paramref name="issue"/> (the in-process token service): signing in
    /// would cost one more password hash per user, seconds each on a busy two-core machine, and is not what is measured.
    /// </summary>
    public static async Task<VirtualUsers> CreateAsync(
        ApiSession api, string adminPassword, IReadOnlyList<string> allTeryts, int count, Func<UserAccount, string> issue)
    {
        var admin = await api.TokenAsync("admin", adminPassword);
        await api.CreateUserAsync(admin, "load-coordinator", Password, Roles.Coordinator, null);
        var coordinator = issue(new UserAccount("load-coordinator", Roles.Coordinator, null, null));
        var teryts = await OpenAssessmentsAsync(api, coordinator, allTeryts, count);
        var jst = new (string, string)[teryts.Length];
        // Password hashing dominates setup; the two cores do it in parallel.
        await Parallel.ForEachAsync(Enumerable.Range(0, teryts.Length), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var login = $"load-jst-{teryts[i]}";
            await api.CreateUserAsync(admin, login, Password, Roles.Jst, teryts[i]);
            jst[i] = (teryts[i], issue(new UserAccount(login, Roles.Jst, teryts[i], null)));
        });
        return new VirtualUsers(admin, coordinator, jst);
    }

    /// <summary>
    /// Gminas spread evenly over the registry whose assessment is still open: demo data closes some, and a save
    /// there is rightly refused (409), which would measure the refusal instead of the hot path.
    /// </summary>
    private static async Task<string[]> OpenAssessmentsAsync(ApiSession api, string coordinator, IReadOnlyList<string> allTeryts, int count)
    {
        var step = Math.Max(1, allTeryts.Count / count);
        var chosen = new List<string>(count);
        for (var offset = 0; offset < step && chosen.Count < count; offset++)
            for (var i = offset; i < allTeryts.Count && chosen.Count < count; i += step)
            {
                var status = await api.StatusAsync($"/api/assessments/{HotPathScenario.QuestionnaireId}/{allTeryts[i]}", coordinator);
                if (status is not "closed") chosen.Add(allTeryts[i]);
            }
        return [.. chosen];
    }
}
