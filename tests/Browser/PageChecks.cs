using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Samoocena.Tests.Browser;

/// <summary>
/// What every page must pass at every size (issue 16, WCAG 2.1 AA): no serious or critical axe-core violation, no
/// sideways scroll, and a screenshot for people to look at.
/// </summary>
public static class PageChecks
{
    public static readonly (int Width, int Height)[] Sizes = [(1280, 800), (390, 844)];

    /// <summary>axe-core over the whole page (WCAG 2.0/2.1 A and AA rules); the serious and critical violations, described.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
    }

    /// <summary>How far the page scrolls sideways, in CSS pixels (0 = it fits the viewport).</summary>
    public static Task<int> HorizontalOverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth");

    /// <summary>The innermost elements reaching past the viewport's right edge (what to fix when a page scrolls sideways).</summary>
    public static Task<string> TooWideAsync(IPage page) =>
        page.EvaluateAsync<string>(@"() => {
            const limit = document.documentElement.clientWidth;
            const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return true; } return false; };
            const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > limit + 1 && !clipped(e));
            return wide.filter(e => !wide.some(o => o !== e && e.contains(o))).slice(0, 5)
              .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`).join(', ');
        }");

    /// <summary>Screenshot named after the page and size, then the two assertions.</summary>
    public static async Task AssertPageAsync(IPage page, string name)
    {
        await BrowserApp.ScreenshotAsync(page, name);
        var size = page.ViewportSize!;
        (await HorizontalOverflowAsync(page)).Should().Be(0, $"{name} at {size.Width}×{size.Height} must not scroll sideways; too wide: {await TooWideAsync(page)}");
        (await SeriousViolationsAsync(page)).Should().BeEmpty($"{name} at {size.Width}×{size.Height} must have no serious or critical accessibility violation");
    }
}
