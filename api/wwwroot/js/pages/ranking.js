// Ranking tables by category, chosen from the list of rankings and editions: search by gmina name (diacritics and case
// ignored), filters by voivodeship and distinction, the signed-in gmina highlighted and reachable, G1–G5 named with
// units, the change of place against the previous computed edition, a draft marked as such; compute, publish, export.
import { api, download } from '../api.js';
import { h, clear, score, percent, plain } from '../dom.js';
import { categoryLabel, count, foldText, nouns, pluralForm, voivodeships } from '../labels.js';
import { mapCard } from '../map.js';
import { ask } from '../ask.js';

/** Rows shown at first and added by "Pokaż kolejne": a category has up to ~1 500 gminas. */
const PAGE = 50;

const dateFormat = new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Warsaw' });

/** The edition a link to a ranking opens: the latest computed one (draft or published), else the latest. */
export function latestEdition(ranking) {
  const editions = [...(ranking?.editions ?? [])].sort((a, b) => b.edition - a.edition);
  return (editions.find(e => e.status && e.status !== 'none') ?? editions[0])?.edition;
}

function capitalized(text) {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

function editionStatus(status) {
  return { published: 'opublikowany', draft: 'wersja robocza', none: 'nieprzeliczony' }[status] ?? status;
}

export async function render(root, { rankingId, edition }, { user, toast, navigate }) {
  const rankings = await api.get('/api/rankings');
  if (!rankingId || !edition) {
    const chosen = rankings.find(r => r.id === rankingId) ?? rankings[0];
    if (!chosen) {
      root.append(h('h1', null, 'Rankingi'), h('p', { class: 'alert alert-info' }, 'Nie ma jeszcze żadnego rankingu.'));
      return;
    }
    location.replace(`#/rankingi/${encodeURIComponent(chosen.id)}/${latestEdition(chosen)}`);
    return;
  }
  const definition = rankings.find(r => r.id === rankingId);
  const editionInfo = definition?.editions.find(e => String(e.edition) === edition);
  const breadcrumbs = h('nav', { class: 'breadcrumbs', 'aria-label': 'Ścieżka' }, h('a', { href: '#/' }, 'Pulpit'), ' / Rankingi');
  if (!definition || !editionInfo) {
    root.append(breadcrumbs, h('h1', null, definition ? 'Nie ma takiej edycji rankingu' : 'Nie ma takiego rankingu'),
      h('p', null, definition ? `Ranking „${definition.title}” nie ma edycji „${edition}”.` : `Nie ma rankingu „${rankingId}”.`),
      h('ul', { class: 'link-list' }, rankings.flatMap(r => r.editions.map(e => h('li', null,
        h('a', { href: `#/rankingi/${encodeURIComponent(r.id)}/${e.edition}` }, `${r.title} ${e.edition}`))))));
    return;
  }

  const coordinator = user.role === 'coordinator' || user.role === 'admin';
  const base = `/api/rankings/${encodeURIComponent(rankingId)}/${encodeURIComponent(edition)}`;
  const ranking = await api.find(base);
  const published = ranking?.status === 'published';

  const busy = async (button, work) => {
    button.disabled = true;
    try { await work(); } catch (error) { toast(error.message, 'error'); } finally { button.disabled = false; }
  };
  const actions = h('div', { class: 'actions' });
  if (coordinator && !published) {
    actions.append(h('button', { type: 'button', class: 'button secondary', onclick: e => busy(e.currentTarget, async () => {
      await api.post(`${base}/compute`); toast('Ranking przeliczony.', 'ok'); navigate(`/rankingi/${rankingId}/${edition}`);
    }) }, 'Przelicz'));
    if (ranking) actions.append(h('button', { type: 'button', class: 'button secondary', onclick: e => busy(e.currentTarget, async () => {
      const sure = await ask({ title: 'Opublikować ranking?', message: 'Po publikacji rankingu tej edycji nie można już przeliczyć.',
        confirm: 'Opublikuj', cancel: 'Anuluj' });
      if (!sure) return;
      await api.post(`${base}/publish`); toast('Ranking opublikowany.', 'ok'); navigate(`/rankingi/${rankingId}/${edition}`);
    }) }, 'Opublikuj'));
  }
  if (ranking) actions.append(h('button', { type: 'button', class: 'button primary', id: 'pobierz-ranking', onclick: e => busy(e.currentTarget, async () => {
    toast(`Pobrano plik ${await download(`/api/exports/rankings/${encodeURIComponent(rankingId)}/${encodeURIComponent(edition)}.xlsx`, `ranking-${rankingId}-${edition}.xlsx`)}`, 'ok');
  }) }, 'Pobierz ranking (Excel)'));

  const status = !ranking
    ? h('span', { class: 'status status-notstarted' }, 'nieprzeliczony')
    : published
      ? h('span', { class: 'status status-closed' }, ranking.publishedAt ? `opublikowany ${dateFormat.format(new Date(ranking.publishedAt))}` : 'opublikowany')
      : h('span', { class: 'status status-draft' }, 'wersja robocza');

  root.append(breadcrumbs,
    h('div', { class: 'page-head' },
      h('div', null, h('p', { class: 'eyebrow' }, `Edycja ${edition} · dane z lat ${editionInfo.firstYear}–${editionInfo.lastYear}`),
        h('h1', null, `${definition.title} ${edition}`),
        h('p', { class: 'head-meta', id: 'ranking-status' }, 'Status: ', status)),
      actions),
    chooser(rankings, definition, editionInfo, navigate));

  if (!ranking) {
    root.append(h('p', { class: 'alert alert-info' }, coordinator ? 'Ranking tej edycji nie został jeszcze przeliczony. Użyj przycisku „Przelicz”.' : 'Ranking tej edycji nie jest jeszcze dostępny.'));
    return;
  }
  if (!published) {
    root.append(h('div', { class: 'alert alert-warn draft-banner', id: 'wersja-robocza', role: 'note' },
      h('strong', null, 'Wersja robocza – ranking nieopublikowany. '),
      'Miejsca mogą się jeszcze zmienić, gdy koordynator przeliczy ranking; wiążące są dopiero wyniki opublikowane.'));
  }
  if (ranking.synthetic) root.append(h('p', { class: 'alert alert-info' }, 'Ranking liczony na danych syntetycznych (demonstracyjnych).'));
  const previous = ranking.previousEdition;
  root.append(h('p', { class: 'muted' }, 'Miejsca 1–3: Lider, 4–10: Laureat. Przedział miejsc (5.–95. centyl) pokazuje, jak pewne jest miejsce przy losowych zmianach wag i danych.',
    previous ? ` Zmiana miejsca względem edycji ${previous.edition}${previous.status === 'published' ? '' : ' (wersja robocza)'}, w tej samej kategorii.` : ''));

  root.append(tables(ranking, user));
  root.append(mapSection(rankingId, edition, ranking.categories ?? []));
}

function chooser(rankings, definition, editionInfo, navigate) {
  const rankingSelect = h('select', { id: 'wybor-rankingu' }, rankings.map(r => h('option', { value: r.id, selected: r.id === definition.id }, r.title)));
  const editionSelect = h('select', { id: 'wybor-edycji' }, [...definition.editions].sort((a, b) => b.edition - a.edition).map(e =>
    h('option', { value: String(e.edition), selected: e.edition === editionInfo.edition }, `${e.edition} (lata ${e.firstYear}–${e.lastYear}) – ${editionStatus(e.status)}`)));
  rankingSelect.addEventListener('change', () => {
    const next = rankings.find(r => r.id === rankingSelect.value);
    navigate(`/rankingi/${encodeURIComponent(next.id)}/${latestEdition(next)}`);
  });
  editionSelect.addEventListener('change', () => navigate(`/rankingi/${encodeURIComponent(definition.id)}/${editionSelect.value}`));
  return h('div', { class: 'ranking-chooser' },
    h('div', { class: 'field' }, h('label', { for: 'wybor-rankingu' }, 'Ranking'), rankingSelect),
    h('div', { class: 'field' }, h('label', { for: 'wybor-edycji' }, 'Edycja'), editionSelect));
}

// The category tabs with the filters above them; the table of the chosen category shows only the matching rows.
function tables(ranking, user) {
  const categories = ranking.categories ?? [];
  const shares = new Set(ranking.shareIndicators ?? []);
  const indicators = ranking.indicators?.length
    ? ranking.indicators
    : [...new Set(categories.flatMap(c => (c.rows ?? []).flatMap(r => Object.keys(r.indicators ?? {}))))].sort().map(id => ({ id, name: id, unit: '' }));
  const withPrevious = Boolean(ranking.previousEdition);
  const mine = user.role === 'jst' && user.teryt
    ? categories.findIndex(c => (c.rows ?? []).some(r => r.teryt === user.teryt))
    : -1;

  const search = h('input', { id: 'ranking-szukaj', type: 'search', autocomplete: 'off', spellcheck: 'false', placeholder: 'np. Żórawina albo zorawina' });
  const voivodeship = h('select', { id: 'ranking-wojewodztwo' }, h('option', { value: '' }, 'wszystkie'),
    Object.entries(voivodeships).sort((a, b) => a[1].localeCompare(b[1], 'pl')).map(([code, name]) => h('option', { value: code }, name)));
  const distinction = h('select', { id: 'ranking-wyroznienie' }, h('option', { value: '' }, 'wszystkie gminy'),
    h('option', { value: 'Lider' }, 'Lider (miejsca 1–3)'), h('option', { value: 'Laureat' }, 'Laureat (miejsca 4–10)'),
    h('option', { value: 'any' }, 'Lider lub Laureat'));
  const counter = h('p', { class: 'muted ranking-counter', id: 'ranking-licznik', role: 'status' });
  const showMine = mine >= 0
    ? h('button', { type: 'button', class: 'button', id: 'pokaz-moja-gmine', onclick: () => jumpToMine() }, 'Pokaż moją gminę')
    : null;
  const filters = h('form', { class: 'ranking-filters', role: 'search', 'aria-label': 'Wyszukiwanie i filtry rankingu', onsubmit: e => e.preventDefault() },
    h('div', { class: 'field' }, h('label', { for: 'ranking-szukaj' }, 'Szukaj gminy'), search),
    h('div', { class: 'field' }, h('label', { for: 'ranking-wojewodztwo' }, 'Województwo'), voivodeship),
    h('div', { class: 'field' }, h('label', { for: 'ranking-wyroznienie' }, 'Wyróżnienie'), distinction),
    showMine ? h('div', { class: 'field field-button' }, showMine) : null);

  const matches = row => {
    const text = foldText(search.value.trim());
    if (text && !foldText(row.name).includes(text) && !row.teryt.startsWith(text)) return false;
    if (voivodeship.value && row.teryt.slice(0, 2) !== voivodeship.value) return false;
    if (distinction.value === 'any' ? !row.label : distinction.value && row.label !== distinction.value) return false;
    return true;
  };
  const filtering = () => Boolean(search.value.trim() || voivodeship.value || distinction.value);

  const tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Kategorie rankingu' });
  const panel = h('div', { class: 'tab-panel', role: 'tabpanel', id: 'panel-kategorii', tabindex: '-1' });
  const labels = [];
  const buttons = categories.map((category, i) => {
    const label = h('span', { class: 'tab-count' });
    labels.push(label);
    const button = h('button', { type: 'button', role: 'tab', id: `tab-${category.category}`, 'aria-controls': 'panel-kategorii', 'aria-selected': 'false', tabindex: '-1' },
      capitalized(categoryLabel(category.category)), ' ', label);
    button.addEventListener('click', () => select(i));
    button.addEventListener('keydown', event => {
      const step = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: categories.length - 1 - i }[event.key];
      if (step === undefined) return;
      event.preventDefault();
      const next = (i + step + categories.length) % categories.length;
      select(next);
      buttons[next].focus();
    });
    return button;
  });
  tabs.append(...buttons);

  let current = mine >= 0 ? mine : 0;
  let limit = PAGE;
  function select(index) {
    current = index;
    limit = PAGE;
    buttons.forEach((b, i) => { b.setAttribute('aria-selected', String(i === index)); b.tabIndex = i === index ? 0 : -1; });
    panel.setAttribute('aria-labelledby', buttons[index].id);
    draw();
  }

  function draw() {
    const counts = categories.map(c => (c.rows ?? []).filter(matches).length);
    counts.forEach((n, i) => { labels[i].textContent = `(${n})`; });
    const category = categories[current];
    const rows = (category.rows ?? []).filter(matches);
    const total = (category.rows ?? []).length;
    counter.textContent = filtering()
      ? `Pasuje ${count(rows.length, nouns.gmina)} z ${total} w kategorii ${categoryLabel(category.category)}` +
        (rows.length === 0 && counts.some(n => n > 0) ? '; pasujące są w innych kategoriach (liczby przy zakładkach).' : '.')
      : `${capitalized(categoryLabel(category.category))}: ${count(total, nouns.gmina)} w rankingu.`;
    const around = current === mine && !filtering() ? rows.findIndex(r => r.teryt === user.teryt) : -1;
    drawCategory(clear(panel), category, rows, { indicators, shares, withPrevious, mineTeryt: user.role === 'jst' ? user.teryt : null, around,
      filtered: filtering(), limit, more: next => { const from = limit; limit = next; draw(); focusRow(from); } });
  }

  /** After "Pokaż kolejne": focus moves to the first row added. */
  function focusRow(index) {
    const row = panel.querySelectorAll('.ranking-table tbody tr.row-top')[index];
    if (!row) return;
    row.tabIndex = -1;
    row.focus();
  }

  let timer = null;
  const refilter = () => {
    limit = PAGE;
    const counts = categories.map(c => (c.rows ?? []).filter(matches).length);
    // A search that finds nothing here but something in another category opens that category.
    if (counts[current] === 0) {
      const other = counts.findIndex(n => n > 0);
      if (other >= 0) { select(other); return; }
    }
    draw();
  };
  search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(refilter, 150); });
  voivodeship.addEventListener('change', refilter);
  distinction.addEventListener('change', refilter);

  /** The own gmina's row is always shown in its category when nothing is filtered (with its neighbours, after the top rows). */
  function showMineRow() {
    return panel.querySelector('tr.row-mine');
  }

  function jumpToMine() {
    search.value = '';
    voivodeship.value = '';
    distinction.value = '';
    select(mine);
    const row = showMineRow();
    if (!row) return;
    row.scrollIntoView({ block: 'center' });
    row.focus({ preventScroll: true });
  }

  const section = h('section', { class: 'ranking-tables', 'aria-label': 'Tabele rankingu' }, filters, counter, tabs, panel);
  if (categories.length) select(current);
  if (mine >= 0) showMineRow();
  return section;
}

function unitLabel(indicator, shares) {
  if (shares.has(indicator.id)) return '%';
  return indicator.unit || '';
}

// Shares (G1, G3, G4, G5) come unrounded and are shown as percentages; other values as scores (methodology v1.1 §0).
function drawCategory(panel, category, allRows, { indicators, shares, withPrevious, mineTeryt, filtered, limit, more, around = -1 }) {
  const rows = allRows.slice(0, limit);
  // The own gmina further down: a gap, then its row with five neighbours on each side.
  const from = around >= limit ? Math.max(limit, around - 5) : -1;
  const near = from >= 0 ? allRows.slice(from, Math.min(allRows.length, around + 6)) : [];
  const columns = 6 + (withPrevious ? 1 : 0) + indicators.length;
  const name = categoryLabel(category.category);
  const notRanked = category.notRanked ?? [];
  panel.append(h('h2', null, capitalized(name)),
    h('p', { class: 'muted' }, `${count((category.rows ?? []).length, ['sklasyfikowana', 'sklasyfikowane', 'sklasyfikowanych'])}, ${notRanked.length} bez klasyfikacji`));
  if (!rows.length) {
    panel.append(h('p', { class: 'alert alert-info' }, filtered ? 'Żadna gmina tej kategorii nie pasuje do wyszukiwania i filtrów.' : 'W tej kategorii nie sklasyfikowano żadnej gminy.'));
  } else {
    const table = h('table', { class: 'data ranking-table' },
      h('caption', { class: 'visually-hidden' }, `Ranking: ${name}`),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col', class: 'num' }, 'Miejsce'),
        withPrevious ? h('th', { scope: 'col', class: 'num' }, 'Zmiana') : null,
        h('th', { scope: 'col' }, 'Gmina'), h('th', { scope: 'col', class: 'num' }, 'Wynik'),
        h('th', { scope: 'col' }, 'Wyróżnienie'), h('th', { scope: 'col', class: 'num' }, 'Przedział miejsc'),
        indicators.map(i => h('th', { scope: 'col', class: 'num indicator-col' },
          h('span', { class: 'indicator-id' }, i.id), ' ', h('span', { class: 'indicator-name' }, i.name),
          unitLabel(i, shares) ? h('span', { class: 'indicator-unit' }, ` (${unitLabel(i, shares)})`) : null)))),
      h('tbody', null, [...rows.map(r => [r, 'row-top']),
        ...(from > limit ? [[null, 'row-gap']] : []),
        ...near.map(r => [r, 'row-near'])].map(([r, kind]) => {
        if (!r) return h('tr', { class: 'row-gap' }, h('td', { colspan: columns }, `… miejsca ${allRows[limit].rank}–${allRows[from - 1].rank} pominięte …`));
        const own = mineTeryt && r.teryt === mineTeryt;
        return h('tr', { id: `gmina-${r.teryt}`, class: own ? `${kind} row-mine` : kind, tabindex: own ? '-1' : null, dataset: { teryt: r.teryt } },
          h('td', { class: 'num' }, plain(r.rank)),
          withPrevious ? change(r) : null,
          h('th', { scope: 'row' }, r.name, own ? h('span', { class: 'badge badge-mine' }, 'Twoja gmina') : null,
            h('span', { class: 'muted row-region' }, ` woj. ${voivodeships[r.teryt.slice(0, 2)] ?? ''}`)),
          h('td', { class: 'num' }, score(r.score)),
          h('td', null, r.label ? h('span', { class: `badge badge-${String(r.label).toLowerCase()}` }, r.label) : ''),
          h('td', { class: 'num' }, Array.isArray(r.rankInterval) ? `${plain(r.rankInterval[0])}–${plain(r.rankInterval[1])}` : '—'),
          indicators.map(i => h('td', { class: 'num' }, shares.has(i.id) ? percent(r.indicators?.[i.id]) : score(r.indicators?.[i.id]))));
      })));
    panel.append(h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': `Tabela rankingu: ${name} (przewijana poziomo)` }, table));
    if (allRows.length > rows.length) {
      const next = Math.min(PAGE, allRows.length - rows.length);
      panel.append(h('div', { class: 'ranking-more' },
        h('p', { class: 'muted' }, `Pokazano ${rows.length} z ${allRows.length}. Wyszukaj gminę albo pokaż dalsze miejsca.`),
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'button', id: 'pokaz-kolejne', onclick: () => more(rows.length + PAGE) }, `Pokaż kolejne ${next}`),
          h('button', { type: 'button', class: 'button secondary', onclick: () => more(allRows.length) }, `Pokaż wszystkie (${allRows.length})`))));
    }
  }
  if (notRanked.length) {
    panel.append(h('details', null, h('summary', null, `Bez klasyfikacji (${notRanked.length})`),
      h('ul', null, notRanked.map(n => h('li', null, `${n.name ?? n.teryt} (${n.teryt}): ${n.reason}`)))));
  }
}

/** ↑3 (up three places), ↓2, = (same place) or "nowa" (not ranked in this category in the previous edition). */
function change(row) {
  if (row.previousRank === null || row.previousRank === undefined) {
    return h('td', { class: 'num change change-new' }, h('span', { class: 'badge' }, 'nowa'),
      h('span', { class: 'visually-hidden' }, ' (brak w poprzedniej edycji)'));
  }
  const delta = row.previousRank - row.rank;
  if (delta === 0) return h('td', { class: 'num change' }, h('span', { 'aria-hidden': 'true' }, '='), h('span', { class: 'visually-hidden' }, 'bez zmian'));
  const places = `${Math.abs(delta)} ${pluralForm(Math.abs(delta), nouns.miejsce)}`;
  return h('td', { class: `num change ${delta > 0 ? 'up' : 'down'}` },
    h('span', { 'aria-hidden': 'true' }, `${delta > 0 ? '↑' : '↓'}${Math.abs(delta)}`),
    h('span', { class: 'visually-hidden' }, `${delta > 0 ? 'awans' : 'spadek'} o ${places} (poprzednio ${row.previousRank}.)`));
}

function mapSection(rankingId, edition, categories) {
  const base = `/api/maps/rankings/${encodeURIComponent(rankingId)}/${encodeURIComponent(edition)}.svg`;
  const choice = h('select', { id: 'mapa-kategoria' }, h('option', { value: '' }, 'wszystkie'),
    categories.map(c => h('option', { value: c.category }, categoryLabel(c.category))));
  const card = mapCard({
    id: 'mapa',
    heading: 'Mapa rankingu',
    path: base,
    caption: 'Lider: miejsca 1–3, Laureat: 4–10 w swojej kategorii; szare: gminy bez danych. Najedź na gminę, aby zobaczyć miejsce i wynik.',
    controls: h('div', { class: 'map-controls' }, h('div', null, h('label', { for: 'mapa-kategoria' }, 'Kategoria na mapie'), choice)),
  });
  choice.addEventListener('change', () => card.load(choice.value ? `${base}?category=${encodeURIComponent(choice.value)}` : base));
  return card;
}
